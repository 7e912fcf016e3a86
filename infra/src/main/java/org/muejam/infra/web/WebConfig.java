package org.muejam.infra.web;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Web wiring: request metadata on every command, the short paths of the API schema. */
@Configuration
public class WebConfig implements WebMvcConfigurer {

    @Bean
    InitializingBean requestMetadataOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new RequestMetadataInterceptor());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/api/schema/", "/api/schema");
        registry.addRedirectViewController("/api/schema/swagger-ui", "/api/schema/swagger-ui.html");
    }
}
