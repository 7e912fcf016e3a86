package org.muejam.projections.content;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.CommentPostedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.StoryPublishedEvent;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.StoryStatusChangedEvent;
import org.muejam.shared.content.StoryUpdatedEvent;
import org.muejam.shared.content.WhisperPostedEvent;
import org.muejam.shared.moderation.AuthorShadowbannedEvent;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.moderation.ShadowbanLiftedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stories, their chapters, whispers and comments as readers see them. Rebuildable: every write is an upsert, or an update
 * that a replay repeats with the same result (a story's chapter and word counts are recounted from its chapters),
 * so replaying the log from the start rewrites every row in place while reads keep answering.
 */
@Component
@ProcessingGroup(ContentProjection.NAME)
public class ContentProjection {

    public static final String NAME = ReadModels.CONTENT;

    private final JdbcTemplate jdbc;

    public ContentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StoryCreatedEvent event) {
        jdbc.update(
                """
                INSERT INTO stories (story_id, author_id, title, description, genre, tags, language, nsfw, status,
                    created_at, updated_at, cover_image_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id) DO UPDATE SET author_id = excluded.author_id, title = excluded.title,
                    description = excluded.description, genre = excluded.genre, tags = excluded.tags,
                    language = excluded.language, nsfw = COALESCE(stories.nsfw_override, excluded.nsfw), status = excluded.status,
                    created_at = excluded.created_at, updated_at = excluded.updated_at,
                    published_at = NULL, cover_image_id = excluded.cover_image_id, moderation = NULL""",
                event.storyId(),
                event.authorId(),
                event.title(),
                event.description(),
                event.genre(),
                event.tags().toArray(String[]::new),
                event.language(),
                event.nsfw(),
                StoryStatus.DRAFT.name(),
                timestamp(event.createdAt()),
                timestamp(event.createdAt()),
                event.coverImageId());
    }

    @EventHandler
    void on(StoryUpdatedEvent event) {
        jdbc.update(
                """
                UPDATE stories SET title = ?, description = ?, genre = ?, tags = ?, language = ?, nsfw = COALESCE(nsfw_override, ?),
                    updated_at = ?, cover_image_id = ?
                WHERE story_id = ?""",
                event.title(),
                event.description(),
                event.genre(),
                event.tags().toArray(String[]::new),
                event.language(),
                event.nsfw(),
                timestamp(event.updatedAt()),
                event.coverImageId(),
                event.storyId());
    }

    @EventHandler
    void on(StoryPublishedEvent event) {
        jdbc.update(
                "UPDATE stories SET status = ?, published_at = ?, updated_at = ? WHERE story_id = ?",
                StoryStatus.ONGOING.name(),
                timestamp(event.publishedAt()),
                timestamp(event.publishedAt()),
                event.storyId());
    }

    @EventHandler
    void on(StoryStatusChangedEvent event) {
        jdbc.update(
                "UPDATE stories SET status = ?, updated_at = ? WHERE story_id = ?",
                event.status().name(),
                timestamp(event.changedAt()),
                event.storyId());
    }

    @EventHandler
    void on(ChapterAddedEvent event) {
        jdbc.update(
                """
                INSERT INTO chapters (chapter_id, story_id, number, title, content, word_count, added_at, nsfw)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (chapter_id) DO UPDATE SET story_id = excluded.story_id, number = excluded.number,
                    title = excluded.title, content = excluded.content, word_count = excluded.word_count,
                    added_at = excluded.added_at, nsfw = excluded.nsfw""",
                event.chapterId(),
                event.storyId(),
                event.number(),
                event.title(),
                event.content(),
                event.wordCount(),
                timestamp(event.addedAt()),
                event.nsfw());
        jdbc.update("""
                UPDATE stories SET updated_at = GREATEST(updated_at, ?),
                    chapter_count = (SELECT count(*) FROM chapters WHERE story_id = ?),
                    word_count = (SELECT coalesce(sum(word_count), 0) FROM chapters WHERE story_id = ?)
                WHERE story_id = ?""", timestamp(event.addedAt()), event.storyId(), event.storyId(), event.storyId());
    }

    @EventHandler
    void on(CommentPostedEvent event) {
        jdbc.update(
                """
                INSERT INTO comments (comment_id, target_type, target_id, parent_id, author_id, content, posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (comment_id) DO UPDATE SET target_type = excluded.target_type,
                    target_id = excluded.target_id, parent_id = excluded.parent_id, author_id = excluded.author_id,
                    content = excluded.content, posted_at = excluded.posted_at, moderation = NULL""",
                event.commentId(),
                event.targetType().slug(),
                event.targetId(),
                event.parentId(),
                event.authorId(),
                event.content(),
                timestamp(event.postedAt()));
    }

    @EventHandler
    void on(WhisperPostedEvent event) {
        jdbc.update("""
                INSERT INTO whispers (whisper_id, author_id, content, posted_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (whisper_id) DO UPDATE SET author_id = excluded.author_id, content = excluded.content,
                    posted_at = excluded.posted_at, moderation = NULL""", event.whisperId(), event.authorId(), event.content(), timestamp(event.postedAt()));
    }

    @EventHandler
    void on(NsfwOverriddenEvent event) {
        if ("story".equals(event.contentType())) {
            jdbc.update(
                    "UPDATE stories SET nsfw = ?, nsfw_override = ? WHERE story_id = ?",
                    event.nsfw(),
                    event.nsfw(),
                    event.contentId());
        }
    }

    @EventHandler
    void on(ContentHiddenEvent event) {
        moderate(event.contentType(), event.contentId(), ContentModeration.HIDDEN);
    }

    @EventHandler
    void on(ContentRestoredEvent event) {
        moderate(event.contentType(), event.contentId(), null);
    }

    @EventHandler
    void on(ContentDeletedEvent event) {
        moderate(event.contentType(), event.contentId(), ContentModeration.DELETED);
    }

    /** A shadowban is one row: reads leave out the author's content for everyone else by joining it. */
    @EventHandler
    void on(AuthorShadowbannedEvent event) {
        jdbc.update(
                "INSERT INTO shadowbanned_authors (user_id, since) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING",
                event.userId().value(),
                timestamp(event.at()));
    }

    @EventHandler
    void on(ShadowbanLiftedEvent event) {
        jdbc.update(
                "DELETE FROM shadowbanned_authors WHERE user_id = ?",
                event.userId().value());
    }

    private void moderate(ContentType type, String id, ContentModeration moderation) {
        String status = moderation == null ? null : moderation.name();
        switch (type) {
            case STORY -> jdbc.update("UPDATE stories SET moderation = ? WHERE story_id = ?", status, id);
            case COMMENT -> jdbc.update("UPDATE comments SET moderation = ? WHERE comment_id = ?", status, id);
            case WHISPER -> jdbc.update("UPDATE whispers SET moderation = ? WHERE whisper_id = ?", status, id);
            default -> {
                // chapters go with their story; nothing else is taken down
            }
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
