package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** The creator of an image marked it NSFW after uploading it. */
@Revision("1")
public record ImageMarkedNsfwEvent(
        String imageId, @DataSubject UserId ownerId, Instant markedAt) {}
