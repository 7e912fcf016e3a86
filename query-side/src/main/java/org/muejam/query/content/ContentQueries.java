package org.muejam.query.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.CommentPage;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindCommentQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.ListChaptersQuery;
import org.muejam.shared.content.ListCommentsQuery;
import org.muejam.shared.content.ListStoriesQuery;
import org.muejam.shared.content.ListWhispersQuery;
import org.muejam.shared.content.StoryPage;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperPage;
import org.muejam.shared.content.WhisperResponse;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from the content read model. Single stories, chapters and comments wait, bounded, for their aggregate's
 * events (an author reads the draft just written); lists answer from what is projected, or after the position a
 * client names with X-Await-Position. Pages use keyset cursors, so a page costs the same however deep it is.
 */
@Component
public class ContentQueries {

    /** Where moderation left the row, and whether its author is shadowbanned (a join: no row is rewritten). */
    private static final String MODERATION = "moderation, EXISTS (SELECT 1 FROM shadowbanned_authors b"
            + " WHERE b.user_id = author_id) AS author_shadowbanned";

    /**
     * What a viewer may see in a list (decision 0033): their own content always; anyone's else unless moderation
     * took it down or its author is shadowbanned. One argument: the viewer's id, or null.
     */
    private static final String VISIBLE = " AND (author_id = ? OR (moderation IS NULL AND NOT EXISTS"
            + " (SELECT 1 FROM shadowbanned_authors b WHERE b.user_id = author_id)))";

    /** The author's display name from the users read model ("Deleted User" once erased): a join, nothing copied. */
    private static final String AUTHOR_NAME =
            "(SELECT u.display_name FROM user_account u WHERE u.user_id = author_id) AS author_name";

    private static final String STORY_COLUMNS = "story_id, author_id, title, description, genre, tags, language, nsfw,"
            + " status, chapter_count, word_count, created_at, updated_at, published_at, " + likes("story_id")
            + ", cover_image_id, (SELECT image.nsfw FROM image WHERE image.image_id = cover_image_id) AS cover_nsfw, "
            + MODERATION + ", " + AUTHOR_NAME;
    private static final String COMMENT_COLUMNS = "comment_id, target_type, target_id, parent_id, author_id, content,"
            + " posted_at, " + likes("comment_id") + ", " + MODERATION + ", " + AUTHOR_NAME;
    private static final String WHISPER_COLUMNS =
            "whisper_id, author_id, content, posted_at, " + likes("whisper_id") + ", " + MODERATION;

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public ContentQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    @QueryHandler
    public Optional<StoryResponse> handle(FindStoryQuery query) {
        freshness.awaitAggregate(ReadModels.CONTENT, query.storyId());
        return jdbc
                .query(
                        "SELECT " + STORY_COLUMNS + " FROM stories WHERE story_id = ?",
                        ContentQueries::story,
                        query.storyId())
                .stream()
                .findFirst();
    }

    @QueryHandler
    public StoryPage handle(ListStoriesQuery query) {
        StringBuilder sql =
                new StringBuilder("SELECT " + STORY_COLUMNS + " FROM stories WHERE published_at IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (query.authorId() != null) {
            sql.append(" AND author_id = ?");
            args.add(query.authorId());
        }
        if (!query.includeNsfw()) {
            sql.append(" AND NOT nsfw");
        }
        sql.append(VISIBLE);
        args.add(query.viewerId());
        if (query.afterPublishedAt() != null && query.afterId() != null) {
            sql.append(" AND (published_at, story_id) < (?, ?)");
            args.add(Timestamp.from(query.afterPublishedAt()));
            args.add(query.afterId());
        }
        sql.append(" ORDER BY published_at DESC, story_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<StoryResponse> rows = jdbc.query(sql.toString(), ContentQueries::story, args.toArray());
        boolean more = rows.size() > query.limit();
        return new StoryPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    /** A chapter by its id, of the named story when one is named. */
    @QueryHandler
    public Optional<ChapterResponse> handle(FindChapterQuery query) {
        if (query.storyId() != null) {
            freshness.awaitAggregate(ReadModels.CONTENT, query.storyId());
        }
        String sql = "SELECT chapter_id, story_id, number, title, content, word_count, added_at, nsfw FROM chapters"
                + " WHERE chapter_id = ?" + (query.storyId() == null ? "" : " AND story_id = ?");
        Object[] args = query.storyId() == null
                ? new Object[] {query.chapterId()}
                : new Object[] {query.chapterId(), query.storyId()};
        return jdbc.query(sql, ContentQueries::chapter, args).stream().findFirst();
    }

    @QueryHandler
    public List<ChapterResponse> handle(ListChaptersQuery query) {
        freshness.awaitAggregate(ReadModels.CONTENT, query.storyId());
        return jdbc.query(
                "SELECT chapter_id, story_id, number, title, NULL, word_count, added_at, nsfw FROM chapters"
                        + " WHERE story_id = ? ORDER BY number",
                ContentQueries::chapter,
                query.storyId());
    }

    @QueryHandler
    public Optional<CommentResponse> handle(FindCommentQuery query) {
        freshness.awaitAggregate(ReadModels.CONTENT, query.commentId());
        return jdbc
                .query(
                        "SELECT " + COMMENT_COLUMNS + " FROM comments WHERE comment_id = ?",
                        ContentQueries::comment,
                        query.commentId())
                .stream()
                .findFirst();
    }

    @QueryHandler
    public CommentPage handle(ListCommentsQuery query) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COMMENT_COLUMNS + " FROM comments WHERE target_type = ? AND target_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.targetType().slug(), query.targetId()));
        sql.append(VISIBLE);
        args.add(query.viewerId());
        if (query.afterPostedAt() != null && query.afterId() != null) {
            sql.append(" AND (posted_at, comment_id) > (?, ?)");
            args.add(Timestamp.from(query.afterPostedAt()));
            args.add(query.afterId());
        }
        sql.append(" ORDER BY posted_at, comment_id LIMIT ?");
        args.add(query.limit() + 1);
        List<CommentResponse> rows = jdbc.query(sql.toString(), ContentQueries::comment, args.toArray());
        boolean more = rows.size() > query.limit();
        return new CommentPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    @QueryHandler
    public Optional<WhisperResponse> handle(FindWhisperQuery query) {
        freshness.awaitAggregate(ReadModels.CONTENT, query.whisperId());
        return jdbc
                .query(
                        "SELECT " + WHISPER_COLUMNS + " FROM whispers WHERE whisper_id = ?",
                        ContentQueries::whisper,
                        query.whisperId())
                .stream()
                .findFirst();
    }

    @QueryHandler
    public WhisperPage handle(ListWhispersQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + WHISPER_COLUMNS + " FROM whispers WHERE TRUE" + VISIBLE);
        List<Object> args = new ArrayList<>();
        args.add(query.viewerId());
        if (query.authorId() != null) {
            sql.append(" AND author_id = ?");
            args.add(query.authorId());
        }
        if (query.afterPostedAt() != null && query.afterId() != null) {
            sql.append(" AND (posted_at, whisper_id) < (?, ?)");
            args.add(Timestamp.from(query.afterPostedAt()));
            args.add(query.afterId());
        }
        sql.append(" ORDER BY posted_at DESC, whisper_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<WhisperResponse> rows = jdbc.query(sql.toString(), ContentQueries::whisper, args.toArray());
        boolean more = rows.size() > query.limit();
        return new WhisperPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    private static WhisperResponse whisper(ResultSet rs, int row) throws SQLException {
        return new WhisperResponse(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                instant(rs.getTimestamp(4)),
                rs.getLong(5),
                moderation(rs.getString(6)),
                rs.getBoolean(7));
    }

    private static StoryResponse story(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray(6);
        return new StoryResponse(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                rs.getString(7),
                rs.getBoolean(8),
                StoryStatus.valueOf(rs.getString(9)),
                rs.getInt(10),
                rs.getInt(11),
                instant(rs.getTimestamp(12)),
                instant(rs.getTimestamp(13)),
                instant(rs.getTimestamp(14)),
                rs.getLong(15),
                rs.getString(16),
                rs.getBoolean(17),
                moderation(rs.getString(18)),
                rs.getBoolean(19),
                rs.getString(20));
    }

    private static ChapterResponse chapter(ResultSet rs, int row) throws SQLException {
        return new ChapterResponse(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                instant(rs.getTimestamp(7)),
                rs.getBoolean(8));
    }

    private static CommentResponse comment(ResultSet rs, int row) throws SQLException {
        return new CommentResponse(
                rs.getString(1),
                ContentType.fromSlug(rs.getString(2)).orElseThrow(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                instant(rs.getTimestamp(7)),
                rs.getLong(8),
                moderation(rs.getString(9)),
                rs.getBoolean(10),
                rs.getString(11));
    }

    /**
     * The like count of the row's content, counted from the social read model's rows when read: nothing to keep in
     * step, and a replay of either projection cannot count a like twice.
     */
    private static String likes(String idColumn) {
        return "(SELECT count(*) FROM likes WHERE likes.target_id = " + idColumn + ") AS likes";
    }

    private static ContentModeration moderation(String value) {
        return value == null ? null : ContentModeration.valueOf(value);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
