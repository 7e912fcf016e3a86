package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The account is erased: every read model forgets the person (their content reads as by "Deleted User"), and the
 * account signs in nowhere again. Carries no personal data.
 */
@Revision("1")
public record AccountErasedEvent(UserId userId, String requestId, Instant erasedAt) {}
