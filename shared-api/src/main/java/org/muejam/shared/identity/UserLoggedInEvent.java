package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A successful sign-in; the address and client are in the event's metadata. */
@Revision("1")
public record UserLoggedInEvent(UserId userId, Instant loggedInAt) {
}
