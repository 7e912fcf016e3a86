package org.muejam.shared.reading;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * Records where a reader is in a published story: a chapter of it and how far into that chapter, in percent
 * (0–100, two decimals). Answered with the {@link ReadingPosition} kept, the same position again storing nothing.
 */
public record RecordReadingProgressCommand(UserId readerId, String storyId, String chapterId, BigDecimal percent) {

    @TargetAggregateIdentifier
    public String progressId() {
        return ReadingProgressRecordedEvent.streamOf(readerId, storyId);
    }
}
