package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * A reading list was started; name and description as stored. They are the owner's personal data (decision 0043):
 * a private list's name can say more about its reader than any profile, and once the owner is erased neither reads.
 */
@Revision("1")
public record ReadingListCreatedEvent(
        String listId,
        @DataSubject String ownerId,
        @PersonalData String name,
        @PersonalData String description,
        boolean isPublic,
        Instant createdAt) {}
