package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * A successful sign-in; the address and client are in the event's metadata. Revision 2 added the network
 * (address prefix) and country the sign-in came from, which suspicious-login detection compares.
 */
@Revision("2")
public record UserLoggedInEvent(
        @DataSubject UserId userId,
        Instant loggedInAt,
        @PersonalData String network,
        @PersonalData String country) {

    public UserLoggedInEvent(UserId userId, Instant loggedInAt) {
        this(userId, loggedInAt, null, null);
    }
}
