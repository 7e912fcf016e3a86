package org.muejam.infra.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The health of a dependency only some features use: when it is down the node still serves its core, so the
 * component shows DEGRADED (answered 200, below UP and above DOWN in the aggregate order) rather than DOWN.
 */
public final class FeatureDependency implements HealthIndicator {

    public static final Status DEGRADED =
            new Status("DEGRADED", "a dependency some features use is out of reach; the core is served");

    private final HealthIndicator delegate;

    public FeatureDependency(HealthIndicator delegate) {
        this.delegate = delegate;
    }

    @Override
    public Health health() {
        Health health = delegate.health();
        if (!Status.DOWN.equals(health.getStatus())) {
            return health;
        }
        return Health.status(DEGRADED).withDetails(health.getDetails()).build();
    }
}
