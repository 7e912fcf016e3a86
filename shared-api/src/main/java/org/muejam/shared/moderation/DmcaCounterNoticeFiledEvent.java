package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/** The author filed a counter-notice; the claimant is told. Statement and signature are the author's data. */
@Revision("1")
public record DmcaCounterNoticeFiledEvent(
        String takedownId,
        @DataSubject UserId authorId,
        @PersonalData String statement,
        @PersonalData String signature,
        Instant filedAt) {}
