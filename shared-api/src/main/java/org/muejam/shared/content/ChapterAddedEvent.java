package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A chapter was added to a story, at the given 1-based number (content as stored: screened, sanitized);
 * {@code nsfw} when its author marked it so (revision 2; earlier chapters were not).
 */
@Revision("2")
public record ChapterAddedEvent(
        String storyId,
        String chapterId,
        int number,
        String title,
        String content,
        int wordCount,
        Instant addedAt,
        boolean nsfw) {}
