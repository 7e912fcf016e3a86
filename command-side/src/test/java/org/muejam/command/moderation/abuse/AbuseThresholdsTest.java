package org.muejam.command.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AbuseThresholdsTest {

    @Test
    void theDefaultsAreValidAndEachKindIsKeptForItsLongestWindow() {
        AbuseThresholds defaults = AbuseThresholds.DEFAULTS;
        assertThat(defaults.retention(Observation.Kind.REGISTRATION)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.retention(Observation.Kind.CREATION)).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.retention(Observation.Kind.TEXT)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void limitsWindowsAndSharesOutsideTheirBoundsAreRefusedByName() {
        assertThatThrownBy(() -> new AbuseThresholds.Threshold(1, Duration.ofHours(1)))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> new AbuseThresholds.Threshold(10_001, Duration.ofHours(1)))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> new AbuseThresholds.Threshold(5, Duration.ZERO))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new AbuseThresholds.Threshold(5, Duration.ofDays(31)))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new AbuseThresholds.Threshold(5, null)).hasMessageContaining("window");
        assertThatThrownBy(() -> new AbuseThresholds.DuplicateContent(1, Duration.ofHours(1), 20))
                .hasMessageContaining("accounts");
        assertThatThrownBy(() -> new AbuseThresholds.DuplicateContent(3, Duration.ofHours(1), 0))
                .hasMessageContaining("min-length");
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(2, Duration.ofHours(1), 0.05))
                .hasMessageContaining("posts");
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(8, Duration.ofHours(1), 1.5))
                .hasMessageContaining("max-variation");
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(8, Duration.ofHours(1), Double.NaN))
                .hasMessageContaining("max-variation");
        assertThat(new AbuseThresholds.Threshold(2, Duration.ofDays(30)).limit())
                .isEqualTo(2);
        assertThat(new AbuseThresholds.BotTiming(3, Duration.ofMillis(1), 0).posts())
                .isEqualTo(3);
    }
}
