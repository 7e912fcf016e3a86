package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A whisper (a short post) was posted; content as stored: screened and sanitized. */
@Revision("1")
public record WhisperPostedEvent(String whisperId, String authorId, String content, Instant postedAt) {}
