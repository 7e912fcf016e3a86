package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** The followee declined a person's follow request. */
@Revision("1")
public record FollowRequestDeclinedEvent(
        UserId follower, @DataSubject UserId followee, Instant declinedAt) {}
