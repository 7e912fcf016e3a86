package org.muejam.infra.web.archfixture;

import org.muejam.infra.config.archfixture.WebWiringConfig;

/** The other half of the deliberate config-web cycle. */
public class PropertyReadingFilter {

    private final WebWiringConfig config;

    public PropertyReadingFilter(WebWiringConfig config) {
        this.config = config;
    }

    public WebWiringConfig config() {
        return config;
    }
}
