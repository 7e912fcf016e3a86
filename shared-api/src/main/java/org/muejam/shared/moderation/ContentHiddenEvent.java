package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;

/** Moderation hid a story, comment or whisper: nobody but its author sees it until it is restored. */
@Revision("1")
public record ContentHiddenEvent(
        ContentType contentType, String contentId, String authorId, String moderatorId, String reason, Instant at) {}
