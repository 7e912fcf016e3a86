package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;

/** Moderation gave a hidden story, comment or whisper back to its readers. */
@Revision("1")
public record ContentRestoredEvent(
        ContentType contentType, String contentId, String authorId, String moderatorId, String reason, Instant at) {}
