package org.muejam.projections.content.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.StoryPublishedEvent;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.StoryStatusChangedEvent;
import org.muejam.shared.content.StoryUpdatedEvent;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.ProfileUpdatedEvent;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.moderation.AuthorShadowbannedEvent;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.moderation.ShadowbanLiftedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The search index of published stories. A story's fields and its chapters' word counts are kept in PostgreSQL
 * (search_story, search_story_chapter: written in the projection's own transaction, with its position), and after
 * each event the story's whole document is written to the index: every write is idempotent, so a retried or
 * replayed event leaves the same document. Drafts are kept but never indexed. A rebuild clears the tables and fills
 * a fresh index behind the alias searches read (see {@link StoryIndex}).
 */
@Component
@ProcessingGroup(StorySearchProjection.NAME)
public class StorySearchProjection {

    public static final String NAME = ReadModels.SEARCH;
    public static final String UNKNOWN_AUTHOR = "Unknown";

    /**
     * The key of the transaction-scoped advisory lock every batch of this projection takes first. Some events update
     * several stories (an author shadowbanned), and after a rebuild another node may still be finishing a batch of a
     * segment it no longer owns: batches that write the same rows in different orders deadlocked. One lock per batch
     * orders them; the writes to Elasticsearch, which cost more, are unaffected.
     */
    static final long BATCH_LOCK = 0x5EA4C4L;

    private static final String LOCKED = StorySearchProjection.class.getName() + ".locked";

    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final StoryIndex index;
    private final QueryGateway queries;
    private final CachedSearches cachedSearches;
    private final ObjectMapper json = new ObjectMapper();

    /** Takes this batch's lock before its first handler writes anything; later handlers of the batch pass through. */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    public Object serialized(InterceptorChain chain) throws Exception {
        lockBatch();
        return chain.proceed();
    }

    private void lockBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        CurrentUnitOfWork.get().root().getOrComputeResource(LOCKED, key -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", BATCH_LOCK);
            return Boolean.TRUE;
        });
    }

    public StorySearchProjection(
            JdbcTemplate jdbc, StoryIndex index, QueryGateway queries, CachedSearches cachedSearches) {
        this.jdbc = jdbc;
        this.index = index;
        this.queries = queries;
        this.cachedSearches = cachedSearches;
    }

    @EventHandler
    void on(StoryCreatedEvent event, ReplayStatus replay) {
        jdbc.update(
                """
                INSERT INTO search_story (story_id, author_id, title, description, genre, tags, language, nsfw, status,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id) DO UPDATE SET author_id = excluded.author_id, title = excluded.title,
                    description = excluded.description, genre = excluded.genre, tags = excluded.tags,
                    language = excluded.language, nsfw = COALESCE(search_story.nsfw_override, excluded.nsfw)""",
                event.storyId(),
                event.authorId(),
                event.title(),
                event.description(),
                event.genre(),
                tags(event.tags()),
                event.language(),
                event.nsfw(),
                StoryStatus.DRAFT.name(),
                timestamp(event.createdAt()));
        indexIfPublished(event.storyId(), replay);
    }

    @EventHandler
    void on(StoryUpdatedEvent event, ReplayStatus replay) {
        jdbc.update(
                """
                UPDATE search_story SET title = ?, description = ?, genre = ?, tags = ?, language = ?,
                    nsfw = COALESCE(nsfw_override, ?),
                    updated_at = GREATEST(updated_at, ?)
                WHERE story_id = ?""",
                event.title(),
                event.description(),
                event.genre(),
                tags(event.tags()),
                event.language(),
                event.nsfw(),
                timestamp(event.updatedAt()),
                event.storyId());
        indexIfPublished(event.storyId(), replay);
    }

    @EventHandler
    void on(StoryPublishedEvent event, ReplayStatus replay) {
        jdbc.update("""
                UPDATE search_story SET published_at = ?, updated_at = GREATEST(updated_at, ?),
                    status = CASE WHEN status = 'DRAFT' THEN 'ONGOING' ELSE status END
                WHERE story_id = ?""", timestamp(event.publishedAt()), timestamp(event.publishedAt()), event.storyId());
        indexIfPublished(event.storyId(), replay);
    }

    @EventHandler
    void on(StoryStatusChangedEvent event, ReplayStatus replay) {
        jdbc.update(
                "UPDATE search_story SET status = ?, updated_at = GREATEST(updated_at, ?) WHERE story_id = ?",
                event.status().name(),
                timestamp(event.changedAt()),
                event.storyId());
        indexIfPublished(event.storyId(), replay);
    }

    @EventHandler
    void on(ChapterAddedEvent event, ReplayStatus replay) {
        jdbc.update("""
                INSERT INTO search_story_chapter (story_id, chapter_id, word_count) VALUES (?, ?, ?)
                ON CONFLICT (story_id, chapter_id) DO UPDATE SET word_count = excluded.word_count""", event.storyId(), event.chapterId(), Math.max(0, event.wordCount()));
        jdbc.update(
                "UPDATE search_story SET updated_at = GREATEST(updated_at, ?) WHERE story_id = ?",
                timestamp(event.addedAt()),
                event.storyId());
        indexIfPublished(event.storyId(), replay);
    }

    /** A flag leaves the story found (moderation decides); the index notes it for the moderators' searches. */
    @EventHandler
    void on(ContentFlaggedEvent event, ReplayStatus replay) {
        if (event.contentType() != ContentType.STORY) {
            return;
        }
        jdbc.update("UPDATE search_story SET flagged = TRUE WHERE story_id = ?", event.contentId());
        indexIfPublished(event.contentId(), replay);
    }

    /** A hidden or deleted story stays in the index, marked not visible, so that it is never returned. */
    @EventHandler
    void on(NsfwOverriddenEvent event, ReplayStatus replay) {
        if ("story".equals(event.contentType())) {
            jdbc.update(
                    "UPDATE search_story SET nsfw = ?, nsfw_override = ? WHERE story_id = ?",
                    event.nsfw(),
                    event.nsfw(),
                    event.contentId());
            indexIfPublished(event.contentId(), replay);
        }
    }

    @EventHandler
    void on(ContentHiddenEvent event, ReplayStatus replay) {
        moderate(event.contentType(), event.contentId(), "HIDDEN", replay);
    }

    @EventHandler
    void on(ContentDeletedEvent event, ReplayStatus replay) {
        moderate(event.contentType(), event.contentId(), "DELETED", replay);
    }

    @EventHandler
    void on(ContentRestoredEvent event, ReplayStatus replay) {
        moderate(event.contentType(), event.contentId(), null, replay);
    }

    /** A shadowbanned author's published stories are written again, not visible. */
    @EventHandler
    void on(AuthorShadowbannedEvent event, ReplayStatus replay) {
        jdbc.update(
                "INSERT INTO search_shadowbanned_authors (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING",
                event.userId().value());
        indexAuthor(event.userId().value(), replay);
        if (!replay.isReplay()) {
            forgetCachedAnswers();
        }
    }

    @EventHandler
    void on(ShadowbanLiftedEvent event, ReplayStatus replay) {
        jdbc.update(
                "DELETE FROM search_shadowbanned_authors WHERE user_id = ?",
                event.userId().value());
        indexAuthor(event.userId().value(), replay);
    }

    /**
     * An erased author's stories stay found by their titles, no longer by the author's name; the kept answers of
     * earlier searches, which show it, are dropped once the index holds the new documents (after the batch commits).
     */
    @EventHandler
    void on(AccountErasedEvent event, ReplayStatus replay) {
        for (String storyId : jdbc.queryForList(
                "SELECT story_id FROM search_story WHERE author_id = ? AND published_at IS NOT NULL",
                String.class,
                event.userId().value())) {
            index(storyId, replay, ErasedData.DELETED_USER);
        }
        forgetCachedAnswers();
    }

    /**
     * A new display name is found from the next search on; the name comes from the event, since the users read model
     * is another processing group that may not have it yet.
     */
    @EventHandler
    void on(ProfileUpdatedEvent event, ReplayStatus replay) {
        if (event.changed() == null || !event.changed().contains(ProfileUpdatedEvent.DISPLAY_NAME)) {
            return;
        }
        for (String storyId : jdbc.queryForList(
                "SELECT story_id FROM search_story WHERE author_id = ? AND published_at IS NOT NULL",
                String.class,
                event.userId().value())) {
            index(storyId, replay, event.displayName());
        }
    }

    private void moderate(ContentType type, String storyId, String moderation, ReplayStatus replay) {
        if (type != ContentType.STORY) {
            return;
        }
        jdbc.update("UPDATE search_story SET moderation = ? WHERE story_id = ?", moderation, storyId);
        indexIfPublished(storyId, replay);
        if (moderation != null && !replay.isReplay()) {
            // a story taken down (hidden, deleted, a DMCA notice) is gone from searches at once, kept answers too
            forgetCachedAnswers();
        }
    }

    /**
     * Drops the kept answers of earlier searches once the index holds the new documents (after the batch commits):
     * they may show what is no longer to be shown.
     */
    private void forgetCachedAnswers() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(committed -> cachedSearches.forgetAll());
        } else {
            cachedSearches.forgetAll();
        }
    }

    private void indexAuthor(String authorId, ReplayStatus replay) {
        for (String storyId : jdbc.queryForList(
                "SELECT story_id FROM search_story WHERE author_id = ? AND published_at IS NOT NULL",
                String.class,
                authorId)) {
            indexIfPublished(storyId, replay);
        }
    }

    @ResetHandler
    void reset() {
        // no batch lock here: the reset runs while Axon holds every segment's token row, and a batch of another node
        // holding the lock would wait for that row at its commit
        jdbc.update("DELETE FROM search_story_chapter");
        jdbc.update("DELETE FROM search_story");
        jdbc.update("DELETE FROM search_shadowbanned_authors");
        index.beginRebuild();
    }

    private void indexIfPublished(String storyId, ReplayStatus replay) {
        index(storyId, replay, null);
    }

    /** Writes the story's document; the author's name is looked up unless given. */
    private void index(String storyId, ReplayStatus replay, String knownAuthorName) {
        List<Row> rows = jdbc.query("""
                SELECT s.story_id, s.title, s.description, s.tags, s.genre, s.language, s.status, s.nsfw, s.author_id,
                    s.updated_at, s.published_at, s.flagged,
                    (SELECT coalesce(sum(c.word_count), 0) FROM search_story_chapter c WHERE c.story_id = s.story_id),
                    s.moderation IS NULL AND NOT EXISTS
                        (SELECT 1 FROM search_shadowbanned_authors b WHERE b.user_id = s.author_id)
                FROM search_story s WHERE s.story_id = ? AND s.published_at IS NOT NULL""", this::row, storyId);
        for (Row row : rows) {
            String name = knownAuthorName != null ? knownAuthorName : authorName(row.authorId());
            index.put(row.document(name), !replay.isReplay());
        }
    }

    /** The author's display name from the users read model; "Unknown" for an account it does not hold. */
    private String authorName(String authorId) {
        if (authorId == null || authorId.isBlank()) {
            return UNKNOWN_AUTHOR;
        }
        try {
            Optional<UserAccountResponse> account = queries.query(
                            new FindUserAccountQuery(authorId),
                            ResponseTypes.optionalInstanceOf(UserAccountResponse.class))
                    .get(30, TimeUnit.SECONDS);
            return account.map(UserAccountResponse::displayName)
                    .filter(name -> !name.isBlank())
                    .orElse(UNKNOWN_AUTHOR);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up the author of a story", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not look up the author of a story", e);
        }
    }

    private record Row(
            String id,
            String title,
            String description,
            List<String> tags,
            String genre,
            String language,
            String status,
            boolean nsfw,
            String authorId,
            Instant updatedAt,
            Instant publishedAt,
            boolean flagged,
            long wordCount,
            boolean visible) {

        StoryDocument document(String authorName) {
            return new StoryDocument(
                    id,
                    title,
                    description,
                    tags,
                    genre,
                    language,
                    status,
                    nsfw,
                    authorId,
                    authorName,
                    wordCount,
                    updatedAt,
                    publishedAt,
                    visible,
                    flagged);
        }
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                parseTags(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getString(9),
                instant(rs.getTimestamp(10)),
                instant(rs.getTimestamp(11)),
                rs.getBoolean(12),
                rs.getLong(13),
                rs.getBoolean(14));
    }

    private String tags(List<String> tags) {
        try {
            return json.writeValueAsString(tags == null ? List.of() : tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> parseTags(String value) {
        try {
            return value == null ? List.of() : json.readValue(value, TAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
