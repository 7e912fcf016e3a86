package org.muejam.infra.idempotency;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long an Idempotency-Key and its answer are kept after the first request stored its changes, and how often
 * older keys are deleted.
 */
@Validated
@ConfigurationProperties("muejam.idempotency")
public record IdempotencyProperties(
        @NotNull @DefaultValue("24h") Duration window,
        @NotNull @DefaultValue("1h") Duration cleanupInterval) {

    @AssertTrue(message = "muejam.idempotency.window must be positive")
    public boolean isWindowPositive() {
        return window == null || !(window.isNegative() || window.isZero());
    }
}
