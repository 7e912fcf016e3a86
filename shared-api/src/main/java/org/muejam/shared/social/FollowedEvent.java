package org.muejam.shared.social;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person follows another from {@code since}: at once, or when the followee approved the request. */
@Revision("1")
public record FollowedEvent(@DataSubject UserId follower, UserId followee, Instant since) {}
