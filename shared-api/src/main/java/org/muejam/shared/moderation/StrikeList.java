package org.muejam.shared.moderation;

import java.time.Instant;
import java.util.List;

/** A person's strikes, newest first, each with its appeal (null when none was filed). */
public record StrikeList(List<Strike> items) {

    public record Strike(
            String strikeId,
            String caseId,
            String action,
            String reason,
            String contentType,
            String contentId,
            Instant recordedAt,
            Instant appealableUntil,
            boolean overruled,
            String appealId,
            String appealStatus) {}
}
