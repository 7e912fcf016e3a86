package org.muejam.shared.identity;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.muejam.shared.security.Secret;

/** Every earlier backup code is void; these hashes replace them. Authorised by the code of {@code timeStep}. */
@Revision("1")
public record BackupCodesRegeneratedEvent(
        UserId userId, @Secret List<String> backupCodeHashes, long timeStep, Instant regeneratedAt) {}
