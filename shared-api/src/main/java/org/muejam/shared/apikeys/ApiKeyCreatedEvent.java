package org.muejam.shared.apikeys;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.security.Secret;

@Revision("1")
public record ApiKeyCreatedEvent(
        String keyId,
        @DataSubject UserId ownerId,
        @PersonalData String name,
        @Secret String secretHash,
        Instant expiresAt,
        Instant createdAt) {}
