package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/** The account is signed in to by the external issuer's identity {@code issuer}/{@code subject} from now on. */
@Revision("1")
public record ExternalIdentityLinkedEvent(
        @DataSubject UserId userId,
        @PersonalData String issuer,
        @PersonalData String subject,
        Instant linkedAt) {}
