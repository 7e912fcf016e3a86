package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person asked to follow someone whose followers need approval. */
@Revision("1")
public record FollowRequestedEvent(@DataSubject UserId follower, UserId followee, Instant requestedAt) {}
