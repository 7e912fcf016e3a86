package org.muejam.shared.legal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/** Proof of consent: which version, when, and from where, kept so the platform can show who agreed to what. */
@Revision("1")
public record ConsentRecordedEvent(
        @DataSubject UserId userId,
        DocumentType documentType,
        String version,
        Instant consentedAt,
        @PersonalData String ipAddress,
        @PersonalData String userAgent) {}
