package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;

/**
 * Property 20, data export completeness: whatever a person did — stories and their chapters, comments, whispers,
 * likes, follows either way, reading lists and their stories, reading progress, consents, strikes and appeals —
 * every item appears in their export, with its text as stored, and nothing of another person does. The activity is
 * generated into the read models the export is built from (as the projections write them), beside another person's,
 * and the export is built by the platform's own processor. Runs against the application the integration tests share.
 */
class DataExportCompletenessProperties {

    /** The whole application, the same instance the integration tests use when they run in the same JVM. */
    static class Platform extends IntegrationTest {}

    private static JdbcTemplate jdbc;
    private static ObjectMapper json;
    private static DataExportProcessor processor;

    @BeforeContainer
    static void start() {
        ApplicationContext context =
                new TestContextManager(Platform.class).getTestContext().getApplicationContext();
        jdbc = context.getBean(JdbcTemplate.class);
        json = context.getBean(ObjectMapper.class);
        processor = context.getBean(DataExportProcessor.class);
    }

    record Story(String id, String title, List<String> chapters) {}

    record ReadingList(String id, String name, List<String> stories) {}

    /** What one person did, each item with a text of theirs. */
    record Activity(
            List<Story> stories,
            List<String> comments,
            List<String> whispers,
            List<String> likes,
            List<String> following,
            List<String> followers,
            List<ReadingList> readingLists,
            List<String> progress,
            List<String> consents,
            List<String> strikes,
            List<String> appeals) {}

    @Property(tries = 40)
    void everyItemThePersonCreatedAppearsInTheirExportAndNothingOfAnotherPerson(
            @ForAll("activity") Activity activity, @ForAll("activity") Activity someoneElse) throws Exception {
        String person = "export-property-" + UUID.randomUUID();
        String other = "export-property-other-" + UUID.randomUUID();
        Set<String> theirs = plant(person, activity);
        Set<String> notTheirs = plant(other, someoneElse);

        String exportId = "export:" + UUID.randomUUID();
        JsonNode export = json.readTree(processor.build(exportId, person));

        assertThat(export.get("sections")).hasSize(processor.sectionNames().size());
        Set<String> found = GdprIntegrationTest.texts(export);
        Set<String> missing = new HashSet<>(theirs);
        missing.removeAll(found);
        assertThat(missing).as("items of the person missing from the export").isEmpty();
        Set<String> leaked = new HashSet<>(notTheirs);
        leaked.retainAll(found);
        assertThat(leaked).as("items of another person in the export").isEmpty();

        assertThat(GdprIntegrationTest.ids(export.get("stories"), "storyId"))
                .containsExactlyInAnyOrderElementsOf(
                        activity.stories().stream().map(Story::id).toList());
        assertThat(GdprIntegrationTest.ids(export.get("chapters"), "content"))
                .containsExactlyInAnyOrderElementsOf(activity.stories().stream()
                        .flatMap(story -> story.chapters().stream())
                        .toList());
        assertThat(GdprIntegrationTest.ids(export.get("comments"), "content"))
                .containsExactlyElementsOf(activity.comments());
        assertThat(GdprIntegrationTest.ids(export.get("whispers"), "content"))
                .containsExactlyElementsOf(activity.whispers());
        assertThat(export.get("likes")).hasSize(activity.likes().size());
        assertThat(export.at("/follows/following")).hasSize(activity.following().size());
        assertThat(export.at("/follows/followers")).hasSize(activity.followers().size());
        assertThat(export.get("readingLists")).hasSize(activity.readingLists().size());
        assertThat(export.get("readingProgress")).hasSize(activity.progress().size());
        assertThat(export.get("legalConsents")).hasSize(activity.consents().size());
        assertThat(export.at("/moderation/strikes")).hasSize(activity.strikes().size());
        assertThat(export.at("/moderation/appeals")).hasSize(activity.appeals().size());
    }

    /** Writes the activity into the read models as their projections would; returns every id and text planted. */
    private static Set<String> plant(String person, Activity activity) {
        Set<String> planted = new HashSet<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Story story : activity.stories()) {
            jdbc.update("""
                    INSERT INTO stories (story_id, author_id, title, description, genre, tags, nsfw, status,
                                         created_at, updated_at)
                    VALUES (?, ?, ?, '', 'fantasy', '{}', false, 'DRAFT', ?, ?)""", story.id(), person, story.title(), now, now);
            planted.add(story.id());
            planted.add(story.title());
            for (int i = 0; i < story.chapters().size(); i++) {
                String chapterId = "chapter:" + UUID.randomUUID();
                jdbc.update("""
                        INSERT INTO chapters (chapter_id, story_id, number, title, content, word_count, added_at)
                        VALUES (?, ?, ?, 'A chapter', ?, 1, ?)""", chapterId, story.id(), i + 1, story.chapters().get(i), now);
                planted.add(chapterId);
                planted.add(story.chapters().get(i));
            }
        }
        for (String text : activity.comments()) {
            String id = "comment:" + UUID.randomUUID();
            jdbc.update(
                    """
                    INSERT INTO comments (comment_id, target_type, target_id, author_id, content, posted_at)
                    VALUES (?, 'story', ?, ?, ?, ?)""",
                    id,
                    "story:" + UUID.randomUUID(),
                    person,
                    text,
                    Timestamp.from(now.toInstant().plusMillis(planted.size())));
            planted.add(id);
            planted.add(text);
        }
        for (String text : activity.whispers()) {
            String id = "whisper:" + UUID.randomUUID();
            jdbc.update(
                    "INSERT INTO whispers (whisper_id, author_id, content, posted_at) VALUES (?, ?, ?, ?)",
                    id,
                    person,
                    text,
                    Timestamp.from(now.toInstant().plusMillis(planted.size())));
            planted.add(id);
            planted.add(text);
        }
        for (String target : activity.likes()) {
            jdbc.update(
                    "INSERT INTO likes (user_id, target_id, target_type, liked_at) VALUES (?, ?, 'story', ?)",
                    person,
                    target,
                    now);
            planted.add(target);
        }
        for (String followee : activity.following()) {
            jdbc.update(
                    "INSERT INTO follows (follower_id, followee_id, status, since) VALUES (?, ?, 'FOLLOWING', ?)",
                    person,
                    followee,
                    now);
            planted.add(followee);
        }
        for (String follower : activity.followers()) {
            jdbc.update(
                    "INSERT INTO follows (follower_id, followee_id, status, since) VALUES (?, ?, 'REQUESTED', ?)",
                    follower,
                    person,
                    now);
            planted.add(follower);
        }
        for (ReadingList list : activity.readingLists()) {
            jdbc.update("""
                    INSERT INTO reading_list (list_id, owner_id, name, description, public, story_count, created_at,
                                              updated_at)
                    VALUES (?, ?, ?, '', false, ?, ?, ?)""", list.id(), person, list.name(), list.stories().size(), now, now);
            planted.add(list.id());
            planted.add(list.name());
            for (String story : list.stories()) {
                jdbc.update(
                        "INSERT INTO reading_list_story (list_id, story_id, added_at) VALUES (?, ?, ?)",
                        list.id(),
                        story,
                        now);
                planted.add(story);
            }
        }
        for (String story : activity.progress()) {
            String chapter = "chapter:" + UUID.randomUUID();
            jdbc.update("""
                    INSERT INTO reading_progress (reader_id, story_id, chapter_id, percent, updated_at)
                    VALUES (?, ?, ?, 50, ?)""", person, story, chapter, now);
            planted.add(chapter);
        }
        for (String version : activity.consents()) {
            jdbc.update("""
                    INSERT INTO user_consent (event_id, user_id, document_type, version, consented_at)
                    VALUES (?, ?, 'terms-of-service', ?, ?)""", UUID.randomUUID().toString(), person, version, now);
            planted.add(version);
        }
        for (String reason : activity.strikes()) {
            String id = "strike:" + UUID.randomUUID();
            jdbc.update("""
                    INSERT INTO moderation_strike (strike_id, case_id, author_id, action, reason, recorded_at)
                    VALUES (?, ?, ?, 'WARN', ?, ?)""", id, "case:" + UUID.randomUUID(), person, reason, now);
            planted.add(id);
            planted.add(reason);
        }
        for (String text : activity.appeals()) {
            String id = "appeal:" + UUID.randomUUID();
            jdbc.update("""
                    INSERT INTO moderation_appeal (appeal_id, case_id, author_id, text, status, filed_at)
                    VALUES (?, ?, ?, ?, 'PENDING', ?)""", id, "case:" + UUID.randomUUID(), person, text, now);
            planted.add(id);
            planted.add(text);
        }
        return planted;
    }

    @Provide
    Arbitrary<Activity> activity() {
        Arbitrary<String> text = Arbitraries.strings()
                .ofMinLength(1)
                .ofMaxLength(40)
                // any text PostgreSQL stores: no NUL, no unpaired surrogate
                .withCharRange('\u0001', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD')
                .map(s -> s + " " + UUID.randomUUID().toString().substring(0, 8));
        Arbitrary<String> storyId = Arbitraries.create(() -> "story:" + UUID.randomUUID());
        Arbitrary<String> userId = Arbitraries.create(() -> "someone-" + UUID.randomUUID());
        Arbitrary<Story> story =
                Combinators.combine(storyId, text, text.list().ofMaxSize(3)).as(Story::new);
        Arbitrary<ReadingList> list = Combinators.combine(
                        Arbitraries.create(() -> "list:" + UUID.randomUUID()),
                        text,
                        storyId.list().ofMaxSize(3))
                .as(ReadingList::new);
        return Combinators.combine(List.of(
                        story.list().ofMaxSize(4).map(List.class::cast),
                        text.list().ofMaxSize(5).map(List.class::cast),
                        text.list().ofMaxSize(5).map(List.class::cast),
                        storyId.list().ofMaxSize(5).map(List.class::cast),
                        userId.list().ofMaxSize(4).map(List.class::cast),
                        userId.list().ofMaxSize(4).map(List.class::cast),
                        list.list().ofMaxSize(3).map(List.class::cast),
                        storyId.list().ofMaxSize(4).map(List.class::cast),
                        text.list().ofMaxSize(2).map(List.class::cast),
                        text.list().ofMaxSize(2).map(List.class::cast),
                        text.list().ofMaxSize(2).map(List.class::cast)))
                .as(parts -> activityOf(parts));
    }

    @SuppressWarnings("unchecked")
    private static Activity activityOf(List<List> parts) {
        return new Activity(
                parts.get(0),
                parts.get(1),
                parts.get(2),
                parts.get(3),
                parts.get(4),
                parts.get(5),
                parts.get(6),
                parts.get(7),
                parts.get(8),
                parts.get(9),
                parts.get(10));
    }
}
