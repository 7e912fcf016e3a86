package org.muejam.shared.apikeys;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.security.Secret;

/** The key's secret changed; {@code previousSecretHash} is accepted until {@code previousValidUntil}. */
@Revision("1")
public record ApiKeyRotatedEvent(
        String keyId,
        @DataSubject UserId ownerId,
        @Secret String secretHash,
        @Secret String previousSecretHash,
        Instant previousValidUntil,
        Instant rotatedAt) {}
