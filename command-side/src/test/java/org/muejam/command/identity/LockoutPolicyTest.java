package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(3, 5, Duration.ofMinutes(30));

    @Test
    void theAlertComesOnceAtItsThreshold() {
        assertThat(policy.alerts(2)).isFalse();
        assertThat(policy.alerts(3)).isTrue();
        assertThat(policy.alerts(4)).isFalse();
    }

    @Test
    void theLockComesAtItsThresholdAndStays() {
        assertThat(policy.locks(4)).isFalse();
        assertThat(policy.locks(5)).isTrue();
        assertThat(policy.locks(6)).isTrue();
    }

    @Test
    void thresholdsAndDurationMustBePositive() {
        assertThat(new LockoutPolicy(1, 1, Duration.ofSeconds(1)).locks(1)).isTrue();
        assertThatThrownBy(() -> new LockoutPolicy(0, 5, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(3, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(3, 5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(3, 5, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLockedSignInIsRefusedNamingTheEnd() {
        Instant until = Instant.parse("2026-03-01T12:30:00Z");

        DomainRuleViolation refusal = LockoutPolicy.locked(until);

        assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
        assertThat(refusal.problemType()).isEqualTo("account-locked");
        assertThat(refusal.getMessage()).contains(until.toString());
    }
}
