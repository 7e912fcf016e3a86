package org.muejam.command.reading.application;

import java.math.BigDecimal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.reading.ReadingProgressPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.ReadingPosition;
import org.muejam.shared.reading.RecordReadingProgressCommand;
import org.springframework.stereotype.Service;

/**
 * A signed-in reader records where they are in a published story. Malformed ids and percents are 400; a story that
 * is not published, or a chapter that is not the story's, is 404.
 */
@Service
public class ReadingProgressTracking {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ReadingProgressTracking(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public ReadingPosition record(UserId reader, String storyId, String chapterId, BigDecimal percent) {
        if (!ContentIds.isValid(ContentIds.STORY, storyId)) {
            throw DomainRuleViolation.invalid("invalid-story-id", "storyId", "a story id is story:<uuid>");
        }
        if (!ContentIds.isValid(ContentIds.CHAPTER, chapterId)) {
            throw DomainRuleViolation.invalid("invalid-chapter-id", "chapterId", "a chapter id is chapter:<uuid>");
        }
        BigDecimal checked = ReadingProgressPolicy.requirePercent(percent);
        boolean published = Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                .filter(story -> story.status() != StoryStatus.DRAFT)
                .isPresent();
        if (!published) {
            throw DomainRuleViolation.notFound("story-not-found", "storyId", "no published story with this id");
        }
        if (Queries.optional(queries, new FindChapterQuery(storyId, chapterId), ChapterResponse.class)
                .isEmpty()) {
            throw DomainRuleViolation.notFound(
                    "chapter-not-found", "chapterId", "this story has no chapter with this id");
        }
        return commands.sendAndWait(new RecordReadingProgressCommand(reader, storyId, chapterId, checked));
    }
}
