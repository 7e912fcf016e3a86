package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** An uploaded image was deleted, its bytes with it: the images read model forgets it and its address answers 404. */
@Revision("1")
public record ImageDeletedEvent(String imageId, @DataSubject UserId ownerId, String reason, Instant deletedAt) {}
