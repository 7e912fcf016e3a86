package org.muejam.infra.projections;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** X-Await-Position on every endpoint: a read waits for the projections it names when the client asks. */
@Configuration
public class AwaitPositionConfig implements WebMvcConfigurer {

    private final AwaitPositionInterceptor awaitPosition;

    public AwaitPositionConfig(AwaitPositionInterceptor awaitPosition) {
        this.awaitPosition = awaitPosition;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(awaitPosition);
    }
}
