package org.muejam.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Start-up checks of muejam.oidc.*: an external issuer's tokens count only for a configured audience. */
class OidcPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(MueJamProperties.class)
    static class Binding {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(Binding.class)
            .withPropertyValues(
                    "muejam.master-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                    "muejam.jwt-secret=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                    "muejam.admin.email=admin@example.org",
                    "muejam.admin.password=a long passphrase",
                    "muejam.audit.seal-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                    "muejam.audit.checkpoints.key=not-read-by-this-test");

    @Test
    void withoutAnIssuerNoAudienceIsNeeded() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(MueJamProperties.class).oidc().enabled()).isFalse();
        });
    }

    @Test
    void anIssuerWithoutAnAudienceStopsTheStartNamingTheVariable() {
        context.withPropertyValues(
                        "muejam.oidc.issuer=https://issuer.example.test",
                        "muejam.oidc.jwks-uri=https://issuer.example.test/.well-known/jwks.json")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(messages(started.getStartupFailure())).contains("MUEJAM_OIDC_AUDIENCE");
                });
    }

    @Test
    void anIssuerWithoutItsKeysStopsTheStartNamingTheVariable() {
        context.withPropertyValues("muejam.oidc.issuer=https://issuer.example.test", "muejam.oidc.audience=muejam")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(messages(started.getStartupFailure())).contains("MUEJAM_OIDC_JWKS_URI");
                });
    }

    @Test
    void anIssuerLongerThanTheDirectoryHoldsStopsTheStart() {
        context.withPropertyValues(
                        "muejam.oidc.issuer=https://issuer.example.test/" + "i".repeat(240),
                        "muejam.oidc.jwks-uri=https://issuer.example.test/.well-known/jwks.json",
                        "muejam.oidc.audience=muejam")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(messages(started.getStartupFailure())).contains("MUEJAM_OIDC_ISSUER");
                });
    }

    @Test
    void anIssuerWithItsKeysAndAnAudienceStarts() {
        context.withPropertyValues(
                        "muejam.oidc.issuer=https://issuer.example.test",
                        "muejam.oidc.jwks-uri=https://issuer.example.test/.well-known/jwks.json",
                        "muejam.oidc.audience=muejam")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    MueJamProperties.Oidc oidc =
                            started.getBean(MueJamProperties.class).oidc();
                    assertThat(oidc.enabled()).isTrue();
                    assertThat(oidc.audience()).isEqualTo("muejam");
                });
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
