package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * A wrong password. {@code knownDevice}: it came with a device token the account trusts ({@code deviceId}), so it
 * counts against that device alone; otherwise against every unknown client of the account.
 * {@code consecutiveFailures} is the count this failure belongs to. Revision 2 added the device.
 */
@Revision("2")
public record LoginFailedEvent(
        @DataSubject UserId userId,
        Instant failedAt,
        int consecutiveFailures,
        boolean knownDevice,
        @PersonalData String deviceId) {

    /** A failure from a client the account does not know. */
    public LoginFailedEvent(UserId userId, Instant failedAt, int consecutiveFailures) {
        this(userId, failedAt, consecutiveFailures, false, null);
    }
}
