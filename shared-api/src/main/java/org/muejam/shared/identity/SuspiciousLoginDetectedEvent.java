package org.muejam.shared.identity;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A sign-in attempt unlike this person's usual ones; they are alerted by mail. */
@Revision("1")
public record SuspiciousLoginDetectedEvent(UserId userId, List<SuspiciousLoginReason> reasons, Instant detectedAt) {}
