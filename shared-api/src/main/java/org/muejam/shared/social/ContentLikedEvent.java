package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person liked a story, a whisper or a comment. */
@Revision("1")
public record ContentLikedEvent(@DataSubject UserId userId, ContentType targetType, String targetId, Instant likedAt) {}
