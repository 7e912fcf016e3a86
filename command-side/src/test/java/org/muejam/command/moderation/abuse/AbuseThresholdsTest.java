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

    @Test
    void everyRuleIsRequiredAndEveryBoundIsInclusive() {
        AbuseThresholds d = AbuseThresholds.DEFAULTS;
        assertThatThrownBy(() -> new AbuseThresholds(null, d.rapidCreation(), d.duplicateContent(), d.botTiming()))
                .hasMessage("accounts-per-address is missing");
        assertThatThrownBy(() -> new AbuseThresholds(d.accountsPerAddress(), null, d.duplicateContent(), d.botTiming()))
                .hasMessage("rapid-creation is missing");
        assertThatThrownBy(() -> new AbuseThresholds(d.accountsPerAddress(), d.rapidCreation(), null, d.botTiming()))
                .hasMessage("duplicate-content is missing");
        assertThatThrownBy(() ->
                        new AbuseThresholds(d.accountsPerAddress(), d.rapidCreation(), d.duplicateContent(), null))
                .hasMessage("bot-timing is missing");
        Duration hour = Duration.ofHours(1);
        assertThat(new AbuseThresholds.Threshold(10_000, hour).limit()).isEqualTo(10_000);
        assertThat(new AbuseThresholds.DuplicateContent(2, hour, 1).accounts()).isEqualTo(2);
        assertThat(new AbuseThresholds.DuplicateContent(10_000, Duration.ofDays(30), 10_000).minLength())
                .isEqualTo(10_000);
        assertThatThrownBy(() -> new AbuseThresholds.DuplicateContent(10_001, hour, 20))
                .hasMessageContaining("accounts");
        assertThatThrownBy(() -> new AbuseThresholds.DuplicateContent(3, hour, 10_001))
                .hasMessageContaining("min-length");
        assertThatThrownBy(() -> new AbuseThresholds.DuplicateContent(3, null, 20))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new AbuseThresholds.DuplicateContent(3, Duration.ofDays(31), 20))
                .hasMessageContaining("window");
        assertThat(new AbuseThresholds.BotTiming(1_000, hour, 1).maxVariation()).isEqualTo(1);
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(1_001, hour, 0.05))
                .hasMessageContaining("posts");
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(8, hour, -0.01)).hasMessageContaining("max-variation");
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(8, null, 0.05)).hasMessageContaining("window");
        assertThatThrownBy(() -> new AbuseThresholds.BotTiming(8, Duration.ofSeconds(-1), 0.05))
                .hasMessageContaining("window");
    }
}
