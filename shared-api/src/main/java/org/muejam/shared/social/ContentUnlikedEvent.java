package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person took back their like of a story, a whisper or a comment. */
@Revision("1")
public record ContentUnlikedEvent(
        @DataSubject UserId userId, ContentType targetType, String targetId, Instant unlikedAt) {}
