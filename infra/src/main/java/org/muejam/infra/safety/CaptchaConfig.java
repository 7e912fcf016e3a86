package org.muejam.infra.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.net.URI;
import java.util.Set;
import org.muejam.infra.web.ProblemWriter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reCAPTCHA verifier and its filter, only when muejam.captcha.enabled is true. */
@Configuration
@ConditionalOnProperty(prefix = "muejam.captcha", name = "enabled", havingValue = "true")
public class CaptchaConfig {

    @Bean
    CaptchaVerifier captchaVerifier(
            CaptchaProperties properties,
            @Value("${muejam.public-url:http://localhost:8080}") URI publicUrl,
            ObjectMapper json) {
        // by default, tokens must come from the pages of the platform's own public address
        Set<String> hostnames =
                properties.hostnames().isEmpty() ? Set.of(publicUrl.getHost()) : Set.copyOf(properties.hostnames());
        return new RecaptchaVerifier(
                properties.verifyUrl(),
                properties.secret(),
                hostnames,
                properties.minScore(),
                properties.timeout(),
                json);
    }

    /** After Spring Security, so an unauthenticated content request is refused before Google is asked. */
    @Bean
    FilterRegistrationBean<CaptchaFilter> captchaFilter(
            CaptchaVerifier verifier, ProblemWriter problems, CaptchaProperties properties) {
        FilterRegistrationBean<CaptchaFilter> registration =
                new FilterRegistrationBean<>(new CaptchaFilter(verifier, problems, properties.contentPaths()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** The API schema shows the header on the endpoints that need it. */
    @Bean
    OpenApiCustomizer captchaHeaderInSchema() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            CaptchaFilter.PUBLIC_FORMS.forEach((path, action) -> {
                PathItem item = openApi.getPaths().get(path);
                Operation post = item == null ? null : item.getPost();
                if (post != null) {
                    post.addParametersItem(new HeaderParameter()
                            .name(CaptchaFilter.TOKEN_HEADER)
                            .required(true)
                            .schema(new StringSchema())
                            .description("reCAPTCHA v3 token made for the action '" + action + "'"));
                }
            });
        };
    }
}
