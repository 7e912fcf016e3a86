package org.muejam.infra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding and start-up checks of muejam.captcha.*, on a context holding nothing but these properties. */
class CaptchaPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(CaptchaProperties.class)
    static class Binding {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Binding.class);

    @Test
    void offByDefaultWithGooglesEndpointAndAMinimumScoreOfOneHalf() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            CaptchaProperties captcha = started.getBean(CaptchaProperties.class);
            assertThat(captcha.enabled()).isFalse();
            assertThat(captcha.verifyUrl()).isEqualTo(URI.create("https://www.google.com/recaptcha/api/siteverify"));
            assertThat(captcha.minScore()).isEqualTo(0.5);
            assertThat(captcha.timeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(captcha.contentPaths()).isEmpty();
        });
    }

    @Test
    void enabledWithoutASecretStopsTheStartNamingTheVariable() {
        context.withPropertyValues("muejam.captcha.enabled=true").run(started -> {
            assertThat(started).hasFailed();
            assertThat(messages(started.getStartupFailure())).contains("MUEJAM_RECAPTCHA_SECRET");
        });
    }

    @Test
    void enabledWithASecretStarts() {
        context.withPropertyValues(
                        "muejam.captcha.enabled=true",
                        "muejam.captcha.secret=s3cret",
                        "muejam.captcha.min-score=0.7",
                        "muejam.captcha.content-paths=/api/stories/**,/api/comments")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    CaptchaProperties captcha = started.getBean(CaptchaProperties.class);
                    assertThat(captcha.minScore()).isEqualTo(0.7);
                    assertThat(captcha.contentPaths()).containsExactly("/api/stories/**", "/api/comments");
                });
    }

    @Test
    void aMinimumScoreOutsideZeroToOneStopsTheStart() {
        context.withPropertyValues("muejam.captcha.min-score=1.5").run(started -> {
            assertThat(started).hasFailed();
            assertThat(messages(started.getStartupFailure())).contains("MUEJAM_CAPTCHA_MIN_SCORE");
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
