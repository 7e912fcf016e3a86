package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Too many wrong passwords in a row from one known device: until {@code lockedUntil} (or a password change) that
 * device is treated as unknown, so the account's lock for unknown clients applies to it too.
 */
@Revision("1")
public record DeviceLockedEvent(
        @DataSubject UserId userId,
        @PersonalData String deviceId,
        Instant lockedAt,
        Instant lockedUntil,
        int failures) {}
