package org.muejam.infra.config;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The use cases of every role: controllers call them on any node, and they reach the aggregates through the
 * command bus, which answers on a node without the command role that it does not serve commands.
 */
@Configuration
@ComponentScan(
        basePackages = "org.muejam.command",
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "org\\.muejam\\.command\\.(?!\\w+\\.application\\.).*"))
class ApplicationServices {}
