package org.muejam.infra.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandBus;
import org.muejam.infra.web.ProblemWriter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency-Key on command requests: the filter, the command interceptors, the cleanup, the schema. */
@Configuration
public class IdempotencyConfig {

    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotencyConfig(IdempotencyProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc, ObjectMapper json) {
        return new IdempotencyKeys(jdbc, json);
    }

    /**
     * After Spring Security, so keys are scoped by the authenticated principal and refused requests never reach the
     * store; before the CAPTCHA filter, since a replay runs nothing and a retried CAPTCHA token is spent.
     */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ProblemWriter problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, problems, clock, properties.window()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    InitializingBean idempotencyOnCommands(CommandBus commandBus, IdempotencyKeys keys) {
        return () -> {
            commandBus.registerDispatchInterceptor(new IdempotencyInterceptors.Stamp());
            commandBus.registerHandlerInterceptor(new IdempotencyInterceptors.Record(keys, clock, properties.window()));
        };
    }

    @Bean
    IdempotencyCleanup idempotencyCleanup(IdempotencyKeys keys) {
        return new IdempotencyCleanup(keys, clock, properties.window());
    }

    /** The API schema shows the optional header on every command endpoint that honours it. */
    @Bean
    OpenApiCustomizer idempotencyHeaderInSchema() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")
                        || IdempotencyFilter.CREDENTIAL_ENDPOINTS.stream()
                                .anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)))) {
                    return;
                }
                Stream.of(item.getPost(), item.getPut(), item.getPatch(), item.getDelete())
                        .filter(Objects::nonNull)
                        .forEach(operation -> operation.addParametersItem(header()));
            });
        };
    }

    private HeaderParameter header() {
        return (HeaderParameter) new HeaderParameter()
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                .description("makes a retry safe: the same key with the same request within "
                        + IdempotencyFilter.describe(properties.window())
                        + " answers as the first did (marked " + IdempotencyFilter.REPLAYED_HEADER
                        + ": true) and stores nothing new; the same key on another request answers 422");
    }
}
