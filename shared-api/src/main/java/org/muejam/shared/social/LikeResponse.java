package org.muejam.shared.social;

import java.time.Instant;
import org.muejam.shared.content.ContentType;

/** One thing a person liked, and when. */
public record LikeResponse(ContentType targetType, String targetId, Instant likedAt) {}
