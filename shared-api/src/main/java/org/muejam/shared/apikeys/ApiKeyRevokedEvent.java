package org.muejam.shared.apikeys;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

@Revision("1")
public record ApiKeyRevokedEvent(String keyId, @DataSubject UserId ownerId, Instant revokedAt) {}
