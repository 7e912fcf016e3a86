package org.muejam.command.reading;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.reading.ReadingPosition;
import org.muejam.shared.reading.ReadingProgressRecordedEvent;
import org.muejam.shared.reading.RecordReadingProgressCommand;

/**
 * One reader's place in one story ({@code progress:<user id>:<story id>}): the chapter and the percent read of it.
 * The same place again stores nothing; every command answers the position kept.
 */
@Aggregate
public class ReadingProgress {

    @AggregateIdentifier
    private String progressId;

    private String chapterId;
    private BigDecimal percent;
    private Instant updatedAt;

    protected ReadingProgress() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ReadingPosition handle(RecordReadingProgressCommand command, Clock clock) {
        if (!ContentIds.isValid(ContentIds.STORY, command.storyId())) {
            throw DomainRuleViolation.invalid("invalid-story-id", "storyId", "a story id is story:<uuid>");
        }
        if (!ContentIds.isValid(ContentIds.CHAPTER, command.chapterId())) {
            throw DomainRuleViolation.invalid("invalid-chapter-id", "chapterId", "a chapter id is chapter:<uuid>");
        }
        BigDecimal checked = ReadingProgressPolicy.requirePercent(command.percent());
        if (!command.chapterId().equals(chapterId) || checked.compareTo(percent) != 0) {
            apply(new ReadingProgressRecordedEvent(
                    command.readerId(), command.storyId(), command.chapterId(), checked, clock.instant()));
        }
        return new ReadingPosition(command.storyId(), chapterId, percent, updatedAt);
    }

    @EventSourcingHandler
    void on(ReadingProgressRecordedEvent event) {
        progressId = ReadingProgressRecordedEvent.streamOf(event.readerId(), event.storyId());
        chapterId = event.chapterId();
        percent = event.percent().setScale(ReadingProgressPolicy.SCALE, java.math.RoundingMode.HALF_UP);
        updatedAt = event.recordedAt();
    }
}
