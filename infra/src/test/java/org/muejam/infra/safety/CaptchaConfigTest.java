package org.muejam.infra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import org.junit.jupiter.api.Test;
import org.muejam.infra.web.ProblemWriter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wiring alone (no web server, no database): the filter exists only when enabled, and runs after security. */
class CaptchaConfigTest {

    @Configuration
    @EnableConfigurationProperties(CaptchaProperties.class)
    static class Collaborators {
        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper();
        }

        @Bean
        ProblemWriter problemWriter(ObjectMapper json) {
            return new ProblemWriter(json);
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Collaborators.class, CaptchaConfig.class);

    @Test
    void disabledMeansNoVerifierAndNoFilter() {
        context.run(started -> {
            assertThat(started).doesNotHaveBean(CaptchaVerifier.class);
            assertThat(started).doesNotHaveBean(FilterRegistrationBean.class);
        });
    }

    @Test
    void enabledRegistersTheRecaptchaVerifierAndAFilterOverTheApiAfterSpringSecurity() {
        context.withPropertyValues("muejam.captcha.enabled=true", "muejam.captcha.secret=s3cret")
                .run(started -> {
                    assertThat(started).getBean(CaptchaVerifier.class).isInstanceOf(RecaptchaVerifier.class);
                    FilterRegistrationBean<?> registration = started.getBean(FilterRegistrationBean.class);
                    assertThat(registration.getFilter()).isInstanceOf(CaptchaFilter.class);
                    assertThat(registration.getUrlPatterns()).containsExactly("/api/*");
                    assertThat(registration.getOrder()).isGreaterThan(SecurityProperties.DEFAULT_FILTER_ORDER);
                });
    }

    @Test
    void theSchemaNamesTheHeaderOnSignUpAndSignInOnly() {
        context.withPropertyValues("muejam.captcha.enabled=true", "muejam.captcha.secret=s3cret")
                .run(started -> {
                    OpenAPI api = new OpenAPI()
                            .paths(new Paths()
                                    .addPathItem("/api/auth/register", new PathItem().post(new Operation()))
                                    .addPathItem("/api/auth/refresh", new PathItem().post(new Operation())));

                    started.getBean(OpenApiCustomizer.class).customise(api);

                    assertThat(api.getPaths()
                                    .get("/api/auth/register")
                                    .getPost()
                                    .getParameters())
                            .singleElement()
                            .satisfies(header -> {
                                assertThat(header.getName()).isEqualTo("X-Captcha-Token");
                                assertThat(header.getIn()).isEqualTo("header");
                            });
                    assertThat(api.getPaths().get("/api/auth/refresh").getPost().getParameters())
                            .isNull();
                });
    }
}
