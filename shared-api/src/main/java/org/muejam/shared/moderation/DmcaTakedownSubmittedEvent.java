package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * A DMCA notice was received. The claimant is not an account: their name, contact and signature are sealed under
 * the notice's own id as data subject, so erasing that subject forgets them while the notice stays. Both statements
 * were made (the aggregate accepts no notice without them).
 */
@Revision("1")
public record DmcaTakedownSubmittedEvent(
        @DataSubject String takedownId,
        @PersonalData(replacement = "Erased claimant") String copyrightHolder,
        @PersonalData String contactEmail,
        @PersonalData String contactAddress,
        @PersonalData String contactPhone,
        String workDescription,
        String infringingUrl,
        boolean goodFaithStatement,
        boolean accuracyStatement,
        @PersonalData String signature,
        ContentType contentType,
        String contentId,
        String storyId,
        String authorId,
        Instant submittedAt) {}
