package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * A reading list's name, description or visibility changed. Name and description are the owner's personal data
 * (decision 0043), so the event names its owner (revision 2; revision 1 events read back without one).
 */
@Revision("2")
public record ReadingListUpdatedEvent(
        String listId,
        @DataSubject String ownerId,
        @PersonalData String name,
        @PersonalData String description,
        boolean isPublic,
        Instant updatedAt) {}
