package org.muejam.shared.content;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * Adds the next chapter to a story; content as screened and sanitized, its word count counted from its text;
 * {@code nsfw} when the author marks it so.
 */
public record AddChapterCommand(
        @TargetAggregateIdentifier String storyId,
        String chapterId,
        UserId requestedBy,
        String title,
        String content,
        int wordCount,
        List<ScreeningFinding> flags,
        boolean nsfw) {}
