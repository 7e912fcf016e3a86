package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person withdrew a follow request before the followee answered it. */
@Revision("1")
public record FollowRequestWithdrawnEvent(@DataSubject UserId follower, UserId followee, Instant withdrawnAt) {}
