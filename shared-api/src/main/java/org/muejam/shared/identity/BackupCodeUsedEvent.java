package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A backup code was spent (to sign in, or to turn two-factor authentication off). */
@Revision("1")
public record BackupCodeUsedEvent(UserId userId, String backupCodeHash, Instant usedAt) {
}
