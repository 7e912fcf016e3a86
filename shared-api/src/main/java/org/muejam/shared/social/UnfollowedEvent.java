package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person stopped following another. */
@Revision("1")
public record UnfollowedEvent(@DataSubject UserId follower, UserId followee, Instant unfollowedAt) {}
