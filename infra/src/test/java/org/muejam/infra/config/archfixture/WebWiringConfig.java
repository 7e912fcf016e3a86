package org.muejam.infra.config.archfixture;

import org.muejam.infra.web.archfixture.PropertyReadingFilter;

/**
 * Deliberate cycle, compiled only into infra's test classes: configuration that wires a web class which in turn
 * reads configuration (config and web importing each other, as they once did).
 */
public class WebWiringConfig {

    public PropertyReadingFilter filter() {
        return new PropertyReadingFilter(this);
    }
}
