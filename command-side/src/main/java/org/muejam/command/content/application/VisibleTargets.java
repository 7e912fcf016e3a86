package org.muejam.command.content.application;

import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindCommentQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperResponse;
import org.muejam.shared.identity.UserId;

/**
 * Whether content that people react to (comment on, like) exists and is visible to everyone, asked of the content
 * read model: a published story, a chapter of one, a whisper, a comment. A draft, even the asker's own, is not; an
 * id that is not well-formed for its kind is not asked about at all.
 */
public final class VisibleTargets {

    private VisibleTargets() {}

    /**
     * Content moderation took down, or by a shadowbanned author, is visible to its author alone (decision 0033);
     * {@code viewer} is the person who asks.
     */
    public static boolean visible(QueryGateway queries, ContentType type, String id, UserId viewer) {
        String viewerId = viewer == null ? null : viewer.value();
        return switch (type) {
            case STORY -> published(queries, id, viewerId);
            case CHAPTER ->
                ContentIds.isValid(ContentIds.CHAPTER, id)
                        && Queries.optional(queries, new FindChapterQuery(null, id), ChapterResponse.class)
                                .map(chapter -> published(queries, chapter.storyId(), viewerId))
                                .orElse(false);
            case WHISPER ->
                ContentIds.isValid(ContentIds.WHISPER, id)
                        && Queries.optional(queries, new FindWhisperQuery(id), WhisperResponse.class)
                                .filter(whisper -> whisper.visibleTo(viewerId))
                                .isPresent();
            // a comment is only ever posted on a visible target, and no target is hidden again
            case COMMENT ->
                ContentIds.isValid(ContentIds.COMMENT, id)
                        && Queries.optional(queries, new FindCommentQuery(id), CommentResponse.class)
                                .filter(comment -> comment.visibleTo(viewerId))
                                .isPresent();
            // a reading list is no target of comments or likes
            case READING_LIST -> false;
        };
    }

    /** Who wrote a story, a chapter (its story's author) or a whisper; nothing for other kinds or unknown ids. */
    public static Optional<String> authorOf(QueryGateway queries, ContentType type, String id) {
        return switch (type) {
            case STORY -> storyAuthor(queries, id);
            case CHAPTER ->
                ContentIds.isValid(ContentIds.CHAPTER, id)
                        ? Queries.optional(queries, new FindChapterQuery(null, id), ChapterResponse.class)
                                .flatMap(chapter -> storyAuthor(queries, chapter.storyId()))
                        : Optional.empty();
            case WHISPER ->
                ContentIds.isValid(ContentIds.WHISPER, id)
                        ? Queries.optional(queries, new FindWhisperQuery(id), WhisperResponse.class)
                                .map(WhisperResponse::authorId)
                        : Optional.empty();
            case COMMENT, READING_LIST -> Optional.empty();
        };
    }

    private static Optional<String> storyAuthor(QueryGateway queries, String storyId) {
        return ContentIds.isValid(ContentIds.STORY, storyId)
                ? Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                        .map(StoryResponse::authorId)
                : Optional.empty();
    }

    private static boolean published(QueryGateway queries, String storyId, String viewerId) {
        return ContentIds.isValid(ContentIds.STORY, storyId)
                && Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                        .filter(story -> story.status() != StoryStatus.DRAFT && story.visibleTo(viewerId))
                        .isPresent();
    }
}
