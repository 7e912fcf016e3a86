package org.muejam.projections.reading;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.reading.ReadingListCreatedEvent;
import org.muejam.shared.reading.ReadingListDeletedEvent;
import org.muejam.shared.reading.ReadingListStoryAddedEvent;
import org.muejam.shared.reading.ReadingListStoryRemovedEvent;
import org.muejam.shared.reading.ReadingListUpdatedEvent;
import org.muejam.shared.reading.ReadingProgressRecordedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reading lists, the stories on them and readers' progress. Upserts and deletes by key only, and a list's story
 * count recounted from its rows, so a replay rewrites every row in place. Texts lose any NUL character, which
 * PostgreSQL cannot store, rather than stopping the projection.
 */
@Component
@ProcessingGroup(ReadingProjection.NAME)
public class ReadingProjection {

    public static final String NAME = ReadModels.READING;

    private final JdbcTemplate jdbc;

    public ReadingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReadingListCreatedEvent event) {
        jdbc.update(
                """
                INSERT INTO reading_list (list_id, owner_id, name, description, public, story_count, created_at,
                                          updated_at)
                VALUES (?, ?, ?, ?, ?, 0, ?, ?)
                ON CONFLICT (list_id) DO UPDATE SET owner_id = excluded.owner_id, name = excluded.name,
                    description = excluded.description, public = excluded.public, created_at = excluded.created_at,
                    updated_at = excluded.updated_at""",
                event.listId(),
                event.ownerId(),
                text(event.name()),
                text(event.description()),
                event.isPublic(),
                Timestamp.from(event.createdAt()),
                Timestamp.from(event.createdAt()));
    }

    /**
     * An erased person's list names and descriptions go at once, as their key goes (decision 0043); the lists and
     * their stories stay, as a rebuild would show them.
     */
    @EventHandler
    void on(AccountErasedEvent event) {
        jdbc.update(
                "UPDATE reading_list SET name = ?, description = ? WHERE owner_id = ?",
                PersonalData.ERASED,
                PersonalData.ERASED,
                event.userId().value());
    }

    @EventHandler
    void on(ReadingListUpdatedEvent event) {
        jdbc.update(
                "UPDATE reading_list SET name = ?, description = ?, public = ?, updated_at = ? WHERE list_id = ?",
                text(event.name()),
                text(event.description()),
                event.isPublic(),
                Timestamp.from(event.updatedAt()),
                event.listId());
    }

    @EventHandler
    void on(ReadingListStoryAddedEvent event) {
        jdbc.update("""
                INSERT INTO reading_list_story (list_id, story_id, added_at) VALUES (?, ?, ?)
                ON CONFLICT (list_id, story_id) DO UPDATE SET added_at = excluded.added_at""", event.listId(), event.storyId(), Timestamp.from(event.addedAt()));
        recount(event.listId(), Timestamp.from(event.addedAt()));
    }

    @EventHandler
    void on(ReadingListStoryRemovedEvent event) {
        jdbc.update(
                "DELETE FROM reading_list_story WHERE list_id = ? AND story_id = ?", event.listId(), event.storyId());
        recount(event.listId(), Timestamp.from(event.removedAt()));
    }

    @EventHandler
    void on(ReadingListDeletedEvent event) {
        jdbc.update("DELETE FROM reading_list_story WHERE list_id = ?", event.listId());
        jdbc.update("DELETE FROM reading_list WHERE list_id = ?", event.listId());
    }

    @EventHandler
    void on(ReadingProgressRecordedEvent event) {
        jdbc.update(
                """
                INSERT INTO reading_progress (reader_id, story_id, chapter_id, percent, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (reader_id, story_id) DO UPDATE SET chapter_id = excluded.chapter_id,
                    percent = excluded.percent, updated_at = excluded.updated_at""",
                event.readerId().value(),
                event.storyId(),
                event.chapterId(),
                event.percent(),
                Timestamp.from(event.recordedAt()));
    }

    private void recount(String listId, Timestamp at) {
        jdbc.update("""
                UPDATE reading_list SET updated_at = ?,
                    story_count = (SELECT count(*) FROM reading_list_story WHERE list_id = ?)
                WHERE list_id = ?""", at, listId, listId);
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\u0000", "");
    }
}
