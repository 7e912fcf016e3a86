package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.security.Secret;

/** A backup code was spent (to sign in, or to turn two-factor authentication off). */
@Revision("1")
public record BackupCodeUsedEvent(UserId userId, @Secret String backupCodeHash, Instant usedAt) {}
