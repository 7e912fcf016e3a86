package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;

/** Moderation deleted a story, comment or whisper for good: nobody but its author sees it, and it is never restored. */
@Revision("1")
public record ContentDeletedEvent(
        ContentType contentType, String contentId, String authorId, String moderatorId, String reason, Instant at) {}
