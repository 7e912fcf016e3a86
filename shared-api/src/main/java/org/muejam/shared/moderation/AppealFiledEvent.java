package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * The author appealed the strike. What they wrote is theirs, keyed by them like a DMCA counter-notice's statement
 * (decision 0043): once they are erased it reads as a placeholder, while the decision on it stays.
 */
@Revision("1")
public record AppealFiledEvent(
        String caseId,
        String appealId,
        String strikeId,
        @DataSubject String authorId,
        @PersonalData String text,
        Instant filedAt) {}
