package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DmcaRestoreWaitTest {

    @Test
    void theWaitIsTenToFourteenBusinessDaysAsTheStatuteSays() {
        assertThat(new DmcaRestoreWait(10).businessDays()).isEqualTo(10);
        assertThat(new DmcaRestoreWait(14).businessDays()).isEqualTo(14);
        assertThatThrownBy(() -> new DmcaRestoreWait(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 to 14 business days");
        assertThatThrownBy(() -> new DmcaRestoreWait(15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessDaysSkipSaturdaysAndSundays() {
        // a Monday: ten business days are two weeks
        assertThat(new DmcaRestoreWait(10).restoreAt(Instant.parse("2026-03-02T10:15:00Z")))
                .isEqualTo(Instant.parse("2026-03-16T10:15:00Z"));
        // a Friday: the weekend after it does not count
        assertThat(new DmcaRestoreWait(10).restoreAt(Instant.parse("2026-03-06T23:59:00Z")))
                .isEqualTo(Instant.parse("2026-03-20T23:59:00Z"));
        // a Saturday: counting starts on Monday
        assertThat(new DmcaRestoreWait(11).restoreAt(Instant.parse("2026-03-07T08:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
        // fourteen from a Wednesday: Tuesday, two weeks and six days on... counted day by day
        assertThat(new DmcaRestoreWait(14).restoreAt(Instant.parse("2026-03-04T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-24T12:00:00Z"));
    }
}
