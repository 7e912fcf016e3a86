package org.muejam.infra.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * One jar, several roles: {@code muejam.roles} (MUEJAM_ROLES) chooses which handlers this process subscribes:
 * {@code command} (aggregates and their command handlers), {@code query} (query handlers over the read models) and
 * {@code projections} (event processors). Every node serves every endpoint; a command or query no node here
 * handles, with no Axon Server routing it elsewhere, answers 503.
 */
public final class Roles {

    private Roles() {}

    /**
     * The use cases of every context (any package named application, however deep: content.media.application too):
     * the endpoints call them on any node, and they reach the rest through buses.
     */
    @Configuration
    @ComponentScan(
            basePackages = "org.muejam.command",
            excludeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "org\\.muejam\\.command\\.(?!(?:\\w+\\.)+application\\.).*"))
    static class ApplicationServices {}

    @Configuration
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.contains('command')")
    @ComponentScan("org.muejam.command")
    static class CommandRole {}

    /** A node with the command role answers queries too: its use cases read through them. */
    @Configuration
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.matches('.*(query|command).*')")
    @ComponentScan("org.muejam.query")
    static class QueryRole {}

    @Configuration
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.contains('projections')")
    @ComponentScan("org.muejam.projections")
    static class ProjectionsRole {}
}
