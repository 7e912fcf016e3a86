package org.muejam.query.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.reading.FindReadingListQuery;
import org.muejam.shared.reading.FindReadingProgressQuery;
import org.muejam.shared.reading.ListReadingListsQuery;
import org.muejam.shared.reading.ListReadingProgressQuery;
import org.muejam.shared.reading.ReadingListEntry;
import org.muejam.shared.reading.ReadingListPage;
import org.muejam.shared.reading.ReadingListResponse;
import org.muejam.shared.reading.ReadingListSummary;
import org.muejam.shared.reading.ReadingProgressPage;
import org.muejam.shared.reading.ReadingProgressRecordedEvent;
import org.muejam.shared.reading.ReadingProgressResponse;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from the reading read model, with the titles, status and NSFW marks of the stories and chapters as the
 * content read model has them now. A single list or progress waits, bounded, for its aggregate's events; pages use
 * keyset cursors.
 */
@Component
public class ReadingQueries {

    private static final String LIST_COLUMNS =
            "list_id, owner_id, name, description, public, story_count, updated_at, created_at";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public ReadingQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    @QueryHandler
    public Optional<ReadingListResponse> handle(FindReadingListQuery query) {
        freshness.awaitAggregate(ReadModels.READING, query.listId());
        List<ReadingListResponse> found = jdbc.query(
                "SELECT " + LIST_COLUMNS + " FROM reading_list WHERE list_id = ?",
                (rs, row) -> new ReadingListResponse(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        instant(rs.getTimestamp(8)),
                        instant(rs.getTimestamp(7)),
                        List.of()),
                query.listId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<ReadingListEntry> stories = jdbc.query("""
                SELECT e.story_id, s.title, s.author_id,
                    CASE WHEN s.moderation IS NULL AND NOT EXISTS
                        (SELECT 1 FROM shadowbanned_authors b WHERE b.user_id = s.author_id)
                    THEN s.status ELSE 'DRAFT' END,
                    coalesce(s.nsfw, false), e.added_at
                FROM reading_list_story e LEFT JOIN stories s ON s.story_id = e.story_id
                WHERE e.list_id = ? ORDER BY e.added_at DESC, e.story_id DESC""", ReadingQueries::entry, query.listId());
        ReadingListResponse list = found.get(0);
        return Optional.of(new ReadingListResponse(
                list.id(),
                list.ownerId(),
                list.name(),
                list.description(),
                list.isPublic(),
                list.createdAt(),
                list.updatedAt(),
                stories));
    }

    @QueryHandler
    public ReadingListPage handle(ListReadingListsQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + LIST_COLUMNS + " FROM reading_list WHERE owner_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.ownerId()));
        if (query.afterUpdatedAt() != null && query.afterId() != null) {
            sql.append(" AND (updated_at, list_id) < (?, ?)");
            args.add(Timestamp.from(query.afterUpdatedAt()));
            args.add(query.afterId());
        }
        sql.append(" ORDER BY updated_at DESC, list_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<ReadingListSummary> rows = jdbc.query(sql.toString(), ReadingQueries::summary, args.toArray());
        boolean more = rows.size() > query.limit();
        return new ReadingListPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    @QueryHandler
    public Optional<ReadingProgressResponse> handle(FindReadingProgressQuery query) {
        freshness.awaitAggregate(
                ReadModels.READING, ReadingProgressRecordedEvent.streamOf(query.readerId(), query.storyId()));
        return jdbc
                .query(
                        PROGRESS + " WHERE p.reader_id = ? AND p.story_id = ?",
                        ReadingQueries::progress,
                        query.readerId().value(),
                        query.storyId())
                .stream()
                .findFirst();
    }

    @QueryHandler
    public ReadingProgressPage handle(ListReadingProgressQuery query) {
        StringBuilder sql = new StringBuilder(PROGRESS + " WHERE p.reader_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.readerId().value()));
        if (query.afterUpdatedAt() != null && query.afterStoryId() != null) {
            sql.append(" AND (p.updated_at, p.story_id) < (?, ?)");
            args.add(Timestamp.from(query.afterUpdatedAt()));
            args.add(query.afterStoryId());
        }
        sql.append(" ORDER BY p.updated_at DESC, p.story_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<ReadingProgressResponse> rows = jdbc.query(sql.toString(), ReadingQueries::progress, args.toArray());
        boolean more = rows.size() > query.limit();
        return new ReadingProgressPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    private static final String PROGRESS = """
            SELECT p.story_id, s.title, p.chapter_id, c.title, p.percent, p.updated_at
            FROM reading_progress p
            LEFT JOIN stories s ON s.story_id = p.story_id
            LEFT JOIN chapters c ON c.chapter_id = p.chapter_id""";

    private static ReadingListSummary summary(ResultSet rs, int row) throws SQLException {
        return new ReadingListSummary(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getInt(6),
                instant(rs.getTimestamp(7)));
    }

    private static ReadingListEntry entry(ResultSet rs, int row) throws SQLException {
        String status = rs.getString(4);
        return new ReadingListEntry(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                status == null ? null : StoryStatus.valueOf(status),
                rs.getBoolean(5),
                instant(rs.getTimestamp(6)));
    }

    private static ReadingProgressResponse progress(ResultSet rs, int row) throws SQLException {
        return new ReadingProgressResponse(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBigDecimal(5),
                instant(rs.getTimestamp(6)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
