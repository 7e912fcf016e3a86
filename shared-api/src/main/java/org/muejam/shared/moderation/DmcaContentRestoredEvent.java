package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;

/**
 * The waiting period after a counter-notice ended and no court action was reported: the content taken down on the
 * notice is back (17 U.S.C. § 512(g)(2)(C)).
 */
@Revision("1")
public record DmcaContentRestoredEvent(
        String takedownId,
        ContentType contentType,
        String contentId,
        String storyId,
        String authorId,
        Instant restoredAt) {}
