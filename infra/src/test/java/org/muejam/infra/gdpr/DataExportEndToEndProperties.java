package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.infra.gdpr.GdprIntegrationTest.created;
import static org.muejam.infra.gdpr.GdprIntegrationTest.ids;
import static org.muejam.infra.gdpr.GdprIntegrationTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Person;
import org.springframework.test.context.TestContextManager;

/**
 * Property 20 end to end, data export completeness through the REST API: whatever mix of activity a person has —
 * stories and their chapters, comments, whispers, likes, follows either way, reading lists and their stories — every
 * id it created appears in the export file downloaded through its link, and every text they wrote with it. The
 * counterpart of {@link DataExportCompletenessProperties}, which plants many more shapes into the read models; this
 * one goes through every layer (commands, events, projections, the export processor, the blob store, the signed
 * link), so it runs few tries. Runs against the application the integration tests share.
 */
class DataExportEndToEndProperties {

    /** The whole application, the same instance the integration tests use when they run in the same JVM. */
    static class Platform extends GdprIntegrationTest {

        void connectApi() {
            api = new Api(port, json);
        }

        Person newPerson(String prefix) {
            return verifiedPerson(prefix);
        }
    }

    /** Writes are limited to 20 a minute per address: a person's registration, activity and export stay below. */
    private static final int MOST_WRITES = 14;

    private static Platform platform;
    /** Published stories of another writer, to comment on, like and collect. */
    private static List<String> stories;
    /** Other people, to follow and be followed by. */
    private static List<Person> others;

    @BeforeContainer
    static void start() throws Exception {
        platform = new Platform();
        new TestContextManager(Platform.class).prepareTestInstance(platform);
        platform.connectApi();
        Person writer = platform.newPerson("export-e2e-writer");
        stories = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String story = created(writer.post(
                    "/api/stories",
                    Map.of("title", "Shared shore " + i + " " + UUID.randomUUID(), "genre", "fantasy")));
            ok(writer.post("/api/stories/" + story + "/publish", null));
            stories.add(story);
        }
        others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(platform.newPerson("export-e2e-other"));
        }
    }

    record Story(String title, List<String> chapters) {}

    record ReadingList(String name, List<Integer> stories) {}

    /** What a person does; numbers pick among the shared stories and other people. */
    record Activity(
            List<Story> stories,
            List<String> comments,
            List<String> whispers,
            Set<Integer> likes,
            Set<Integer> following,
            Set<Integer> followers,
            List<ReadingList> readingLists) {

        int writes() {
            return stories.size()
                    + stories.stream()
                            .mapToInt(story -> story.chapters().size())
                            .sum()
                    + comments.size()
                    + whispers.size()
                    + likes.size()
                    + following.size()
                    + readingLists.size()
                    + readingLists.stream()
                            .mapToInt(list -> list.stories().size())
                            .sum();
        }
    }

    @Property(tries = 6)
    void everyItemAPersonCreatedThroughTheApiIsInTheFileTheirExportLinkDownloads(
            @ForAll("activity") Activity activity) {
        Person person = platform.newPerson("export-e2e");
        Set<String> created = new HashSet<>();
        // chapters are stored as sanitised HTML: their text is looked for inside the content
        List<String> chapters = new ArrayList<>();
        for (Story story : activity.stories()) {
            String id = created(person.post("/api/stories", Map.of("title", story.title(), "genre", "fantasy")));
            created.add(id);
            created.add(story.title());
            for (String chapter : story.chapters()) {
                created.add(created(person.post(
                        "/api/stories/" + id + "/chapters",
                        Map.of("title", "Chapter", "content", chapter, "format", "html"))));
                chapters.add(chapter);
            }
        }
        for (String comment : activity.comments()) {
            created.add(created(person.post(
                    "/api/comments", Map.of("targetType", "story", "targetId", stories.get(0), "content", comment))));
            created.add(comment);
        }
        for (String whisper : activity.whispers()) {
            created.add(created(person.post("/api/whispers", Map.of("content", whisper))));
            created.add(whisper);
        }
        for (int story : activity.likes()) {
            ok(person.put("/api/stories/" + stories.get(story) + "/like", null));
            created.add(stories.get(story));
        }
        for (int other : activity.following()) {
            ok(person.post("/api/users/" + others.get(other).userId() + "/follow", null));
            created.add(others.get(other).userId());
        }
        for (int other : activity.followers()) {
            ok(others.get(other).post("/api/users/" + person.userId() + "/follow", null));
            created.add(others.get(other).userId());
        }
        for (ReadingList list : activity.readingLists()) {
            String id = created(person.post("/api/reading-lists", Map.of("name", list.name(), "public", false)));
            created.add(id);
            created.add(list.name());
            for (int story : list.stories()) {
                ok(person.post("/api/reading-lists/" + id + "/stories", Map.of("storyId", stories.get(story))));
                created.add(stories.get(story));
            }
        }

        Api.Response file = platform.download(platform.exported(person));

        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        JsonNode export = file.body();
        Set<String> found = GdprIntegrationTest.texts(export);
        Set<String> missing = new HashSet<>(created);
        missing.removeAll(found);
        assertThat(missing)
                .as("what the person created, missing from their export")
                .isEmpty();
        assertThat(ids(export.get("chapters"), "content"))
                .allSatisfy(content -> assertThat(chapters).anyMatch(content::contains))
                .hasSameSizeAs(chapters);
        assertThat(export.get("stories")).hasSize(activity.stories().size());
        assertThat(export.get("comments")).hasSize(activity.comments().size());
        assertThat(export.get("whispers")).hasSize(activity.whispers().size());
        assertThat(export.get("likes")).hasSize(activity.likes().size());
        assertThat(export.at("/follows/following")).hasSize(activity.following().size());
        assertThat(export.at("/follows/followers")).hasSize(activity.followers().size());
        assertThat(export.get("readingLists")).hasSize(activity.readingLists().size());
    }

    @Provide
    Arbitrary<Activity> activity() {
        // words with letters beyond ASCII and an emoji, each text made unique; nothing a content filter would hold
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzäöüßçéłø ")
                .ofMinLength(1)
                .ofMaxLength(30)
                .map(s -> "Tide " + s.strip().replaceAll(" +", " ") + " 🌊 "
                        + UUID.randomUUID().toString().substring(0, 8));
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 2);
        Arbitrary<Story> story =
                Combinators.combine(text, text.list().ofMaxSize(2)).as(Story::new);
        Arbitrary<ReadingList> list = Combinators.combine(
                        text, pick.list().uniqueElements().ofMaxSize(2))
                .as(ReadingList::new);
        return Combinators.combine(
                        story.list().ofMaxSize(2),
                        text.list().ofMaxSize(2),
                        text.list().ofMaxSize(2),
                        pick.set().ofMaxSize(2),
                        pick.set().ofMaxSize(2),
                        pick.set().ofMaxSize(3),
                        list.list().ofMaxSize(2))
                .as(Activity::new)
                .filter(activity -> activity.writes() <= MOST_WRITES);
    }
}
