package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EmailVerifiedEvent(UserId userId, Instant verifiedAt) {}
