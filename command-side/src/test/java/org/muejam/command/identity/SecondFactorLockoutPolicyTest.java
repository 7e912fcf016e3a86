package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondFactorLockoutPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final SecondFactorLockoutPolicy policy =
            new SecondFactorLockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(30));

    @Test
    void countsTheFailureAtHandAndTheEarlierOnesInsideTheWindow() {
        assertThat(policy.failuresCounting(List.of(), NOW)).isEqualTo(1);
        assertThat(policy.failuresCounting(
                        List.of(
                                NOW.minus(Duration.ofMinutes(16)),
                                NOW.minus(Duration.ofMinutes(15)),
                                NOW.minusSeconds(899)),
                        NOW))
                .isEqualTo(2);
    }

    @Test
    void locksFromTheThresholdOnForItsDuration() {
        assertThat(policy.locks(2)).isFalse();
        assertThat(policy.locks(3)).isTrue();
        assertThat(policy.lockedUntil(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theDefaultIsTenFailuresInFifteenMinutes() {
        assertThat(SecondFactorLockoutPolicy.DEFAULT)
                .isEqualTo(new SecondFactorLockoutPolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @Test
    void refusesThresholdsItCannotKeepAndEmptyDurations() {
        for (int threshold : new int[] {0, SecondFactorLockoutPolicy.MAX_TRACKED_FAILURES + 1}) {
            assertThatThrownBy(() ->
                            new SecondFactorLockoutPolicy(threshold, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new SecondFactorLockoutPolicy(3, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecondFactorLockoutPolicy(3, Duration.ofMinutes(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
