package org.muejam.shared.content;

import java.time.Instant;

/** A whisper in the content read model; {@code likes} counts the people who like it (social read model). */
public record WhisperResponse(String id, String authorId, String content, Instant postedAt, long likes) {}
