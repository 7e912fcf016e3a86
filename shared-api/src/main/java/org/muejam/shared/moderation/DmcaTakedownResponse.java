package org.muejam.shared.moderation;

import java.time.Instant;
import org.muejam.shared.content.ContentType;

/**
 * A DMCA notice as agents see it: the claim, the content and its author, and {@code authorApprovedTakedowns}, how
 * many distinct pieces of that author's content were taken down on approved notices (repeat infringers are counted;
 * a counter-noticed takedown still counts). Claimant fields read {@code [erased]} once the notice's subject is erased,
 * the counter-notice's once its author is.
 */
public record DmcaTakedownResponse(
        String id,
        DmcaStatus status,
        String copyrightHolder,
        String contactEmail,
        String contactAddress,
        String contactPhone,
        String workDescription,
        String infringingUrl,
        ContentType contentType,
        String contentId,
        String storyId,
        String authorId,
        long authorApprovedTakedowns,
        Instant submittedAt,
        String decidedBy,
        String decisionReason,
        Instant decidedAt,
        String counterNoticeStatement,
        String counterNoticeSignature,
        Instant counterNoticedAt) {}
