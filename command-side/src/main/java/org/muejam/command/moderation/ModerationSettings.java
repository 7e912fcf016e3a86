package org.muejam.command.moderation;

import java.time.Duration;

/** How long a claim holds a case, and how long an author has to appeal a strike. */
public record ModerationSettings(Duration claimFor, Duration appealWindow) {

    public static final Duration APPEAL_WINDOW = Duration.ofDays(20);

    public ModerationSettings {
        if (claimFor == null || claimFor.isNegative() || claimFor.isZero()) {
            throw new IllegalArgumentException("a claim lasts a positive time");
        }
        if (appealWindow == null || appealWindow.isNegative() || appealWindow.isZero()) {
            throw new IllegalArgumentException("the appeal window is a positive time");
        }
    }
}
