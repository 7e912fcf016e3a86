package org.muejam.shared.moderation;

import java.time.Instant;
import java.util.List;

/** A page of the moderation queue; {@code more} when another page follows. */
public record ModerationQueuePage(List<Entry> items, boolean more) {

    /**
     * An open case in the queue: its score as of the read, and who holds it ({@code claimedBy} null once the claim
     * has run out, even before the expiry event is stored). {@code rankKey} is the sort key a next page starts after.
     */
    public record Entry(
            String caseId,
            String contentType,
            String contentId,
            String reason,
            double priorityScore,
            double rankKey,
            int reportCount,
            String status,
            String claimedBy,
            Instant claimExpiresAt,
            Instant openedAt,
            long version) {}
}
