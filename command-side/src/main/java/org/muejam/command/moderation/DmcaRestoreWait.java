package org.muejam.command.moderation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How long counter-noticed content stays down: 17 U.S.C. § 512(g)(2)(C) restores it "not less than 10, nor more
 * than 14, business days" after the counter-notice unless the claimant reports a court action. Business days skip
 * Saturdays and Sundays (UTC); public holidays are not known here, which only moves the restore later in a week
 * holding one, never before the tenth business day.
 */
public record DmcaRestoreWait(int businessDays) {

    public static final int FEWEST = 10;
    public static final int MOST = 14;
    public static final int DEFAULT = 12;

    public DmcaRestoreWait {
        if (businessDays < FEWEST || businessDays > MOST) {
            throw new IllegalArgumentException(
                    "the wait after a DMCA counter-notice is " + FEWEST + " to " + MOST + " business days");
        }
    }

    /** The instant the content comes back: the same time of day, {@link #businessDays} weekdays on. */
    public Instant restoreAt(Instant counterNoticed) {
        ZonedDateTime at = counterNoticed.atZone(ZoneOffset.UTC);
        int left = businessDays;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant();
    }
}
