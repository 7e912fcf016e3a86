package org.muejam.infra.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.web.bind.annotation.RestController;

/**
 * One jar, several roles: {@code muejam.roles} (MUEJAM_ROLES) chooses whether this process handles commands,
 * serves read endpoints and runs projections. The read models' readers are always there: the command side's
 * adapters use them.
 */
public final class Roles {

    private Roles() {}

    @Configuration
    @ComponentScan(
            basePackages = "org.muejam.query",
            excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestController.class))
    static class ReadModels {}

    @Configuration
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.contains('command')")
    @ComponentScan("org.muejam.command")
    static class CommandRole {}

    @Configuration
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.contains('query')")
    @ComponentScan(
            basePackages = "org.muejam.query",
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestController.class))
    static class QueryRole {}

    @Configuration
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.contains('projections')")
    @ComponentScan("org.muejam.projections")
    static class ProjectionsRole {}
}
