package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.security.Secret;

/** A new shared secret, not yet confirmed; encrypted at rest with the person's key. */
@Revision("1")
public record TwoFactorSetupStartedEvent(
        @DataSubject UserId userId, @PersonalData @Secret String secret, Instant startedAt) {}
