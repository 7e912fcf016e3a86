package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;

/**
 * An agent approved a notice: the content is taken down (a chapter's story with it) in the same unit of work, and
 * the author is told once, with the claim's description and how to answer it with a counter-notice.
 */
@Revision("1")
public record DmcaTakedownApprovedEvent(
        String takedownId,
        ContentType contentType,
        String contentId,
        String storyId,
        String authorId,
        String workDescription,
        String infringingUrl,
        String agentId,
        String reason,
        Instant approvedAt) {}
