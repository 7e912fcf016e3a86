package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An automated filter let a piece of content through and flagged it for moderation. */
@Revision("1")
public record ContentFlaggedEvent(
        ContentType contentType, String contentId, String authorId, ScreeningFinding finding, Instant flaggedAt) {}
