package org.muejam.infra.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.shared.content.ListStoriesQuery;
import org.muejam.shared.content.StoryPage;
import org.muejam.shared.content.StoryResponse;
import org.springframework.beans.factory.annotation.Autowired;

/** Stories, chapters and comments through the REST API, as authors and readers use them. */
class StoriesTest extends IntegrationTest {

    @Autowired
    QueryGateway queries;

    private static Map<String, Object> story(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "<p>A story about the <script>alert(1)</script>sea</p>");
        body.put("genre", "fantasy");
        body.put("tags", List.of("sea", "Storms"));
        body.put("nsfw", false);
        return body;
    }

    private String draft(Person writer, Map<String, Object> body) {
        Api.Response created = api.post("/api/stories", body, writer.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private String published(Person writer, Map<String, Object> body) {
        String id = draft(writer, body);
        Api.Response published = api.post("/api/stories/" + id + "/publish", null, writer.token());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(response.body().get("type").asText()).isEqualTo("/problems/" + type);
        }
    }

    private List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void aDraftIsItsAuthorsUntilItIsPublished() {
        Person author = verifiedPerson("author");
        Person reader = verifiedPerson("reader");
        String id = draft(author, story("Tides of Glass"));

        JsonNode own = api.get("/api/stories/" + id, author.token()).body();
        assertThat(own.get("status").asText()).isEqualTo("DRAFT");
        assertThat(own.get("title").asText()).isEqualTo("Tides of Glass");
        assertThat(own.get("description").asText()).doesNotContain("script").contains("sea");
        assertThat(own.get("tags")).extracting(JsonNode::asText).containsExactly("sea", "storms");
        assertProblem(api.get("/api/stories/" + id, reader.token()), 404, "story-not-found");
        assertProblem(api.get("/api/stories/" + id, null), 404, "story-not-found");
        assertThat(ids(api.get("/api/stories?author=" + author.userId(), null)
                        .body()
                        .get("items")))
                .isEmpty();

        Api.Response published = api.post("/api/stories/" + id + "/publish", null, author.token());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.headers().firstValue("X-Event-Position")).isPresent();

        JsonNode seen = api.get("/api/stories/" + id, null).body();
        assertThat(seen.get("status").asText()).isEqualTo("ONGOING");
        assertThat(ids(api.get("/api/stories?author=" + author.userId(), reader.token())
                        .body()
                        .get("items")))
                .containsExactly(id);

        assertThat(api.put("/api/stories/" + id + "/status", Map.of("status", "completed"), author.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/stories/" + id, null).body().get("status").asText())
                .isEqualTo("COMPLETED");

        Map<String, Object> changed = story("Tides of Stone");
        assertThat(api.put("/api/stories/" + id, changed, author.token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/stories/" + id, null).body().get("title").asText())
                .isEqualTo("Tides of Stone");
    }

    @Test
    void onlyTheAuthorChangesAStoryAndUnknownIdsAreNotFound() {
        Person author = verifiedPerson("author");
        Person other = verifiedPerson("other");
        String id = published(author, story("Mine"));
        long before = eventCount();

        assertProblem(api.put("/api/stories/" + id, story("Yours"), other.token()), 403, "not-story-author");
        assertProblem(api.post("/api/stories/" + id + "/publish", null, other.token()), 403, "not-story-author");
        assertProblem(
                api.put("/api/stories/" + id + "/status", Map.of("status", "COMPLETED"), other.token()),
                403,
                "not-story-author");
        assertProblem(
                api.post("/api/stories/" + id + "/chapters", Map.of("title", "x", "content", "y"), other.token()),
                403,
                "not-story-author");
        assertThat(eventCount()).isEqualTo(before);

        for (String unknown : List.of("story:00000000-0000-4000-8000-000000000000", "nothing")) {
            assertProblem(api.get("/api/stories/" + unknown, null), 404, "story-not-found");
            assertProblem(api.post("/api/stories/" + unknown + "/publish", null, author.token()), 404, null);
        }
        // a NUL in the path never reaches the controller
        for (String unknown : List.of("story:%00", "story:%ff")) {
            assertThat(api.get("/api/stories/" + unknown, null).status()).isEqualTo(400);
            assertThat(api.post("/api/stories/" + unknown + "/publish", null, author.token())
                            .status())
                    .isBetween(400, 404);
        }
    }

    @Test
    void aMarkdownChapterIsStoredAsSanitizedHtml() {
        Person author = verifiedPerson("markdown");
        String id = draft(author, story("Marked down"));
        Api.Response added = api.post(
                "/api/stories/" + id + "/chapters",
                Map.of(
                        "title", "Arrival",
                        "content", "# Landfall\n\nThe *sea* was **calm**.\n\n<img src=x onerror=alert(1)>",
                        "format", "Markdown"),
                author.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        JsonNode chapter = api.get(
                        "/api/stories/" + id + "/chapters/"
                                + added.body().get("id").asText(),
                        author.token())
                .body();
        assertThat(chapter.get("content").asText())
                .isEqualTo("<h1>Landfall</h1>\n<p>The <em>sea</em> was <strong>calm</strong>.</p>");
        assertThat(chapter.get("wordCount").asInt()).isEqualTo(5);

        long before = eventCount();
        assertProblem(
                api.post(
                        "/api/stories/" + id + "/chapters",
                        Map.of("title", "Odd", "content", "text", "format", "rtf"),
                        author.token()),
                400,
                "unknown-format");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChapterMarkedNsfwIsLeftOutForReadersWhoHideItAndBlurredForTheOthers() {
        Person author = verifiedPerson("nsfw-chapter");
        String id = draft(author, story("Mostly gentle"));
        String gentle = addChapter(author, id, Map.of("title", "Gentle", "content", "<p>Tea and rain.</p>"));
        String marked =
                addChapter(author, id, Map.of("title", "Storm", "content", "<p>Not for all.</p>", "nsfw", true));
        api.post("/api/stories/" + id + "/publish", null, author.token());
        Person hider = verifiedPerson("nsfw-hider");
        api.put("/api/me/content-preferences", Map.of("nsfw", "HIDE_NSFW"), hider.token());

        JsonNode forAuthor = api.get("/api/stories/" + id + "/chapters", author.token())
                .body()
                .get("items");
        assertThat(forAuthor.findValuesAsText("id")).containsExactly(gentle, marked);
        assertThat(forAuthor.get(1).get("nsfw").asBoolean()).isTrue();
        assertThat(forAuthor.get(1).get("blurred").asBoolean())
                .as("the default is BLUR_NSFW")
                .isTrue();
        assertThat(forAuthor.get(0).get("blurred").asBoolean()).isFalse();

        assertThat(api.get("/api/stories/" + id + "/chapters", hider.token())
                        .body()
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(gentle);
        JsonNode anonymous =
                api.get("/api/stories/" + id + "/chapters", null).body().get("items");
        assertThat(anonymous.findValuesAsText("id")).containsExactly(gentle, marked);
        assertThat(anonymous.get(1).get("blurred").asBoolean()).isTrue();
        // followed by a direct link, a hidden chapter is shown marked, never bare
        JsonNode direct = api.get("/api/stories/" + id + "/chapters/" + marked, hider.token())
                .body();
        assertThat(direct.get("blurred").asBoolean()).isTrue();
        assertThat(direct.get("content").asText()).isEqualTo("<p>Not for all.</p>");
    }

    @Test
    void storiesAndChaptersStoredBeforeCoversAndNsfwChaptersReadBackWithTheirDefaults() throws Exception {
        String storyId = "story:" + UUID.randomUUID();
        String created = UUID.randomUUID().toString();
        String added = UUID.randomUUID().toString();
        plant(
                created,
                storyId,
                0,
                "org.muejam.shared.content.StoryCreatedEvent",
                "{\"storyId\":\"" + storyId + "\",\"authorId\":\"someone\",\"title\":\"Old\",\"description\":\"\","
                        + "\"genre\":\"drama\",\"tags\":[],\"language\":null,\"nsfw\":false,"
                        + "\"createdAt\":\"2026-01-02T03:04:05Z\"}");
        plant(
                added,
                storyId,
                1,
                "org.muejam.shared.content.ChapterAddedEvent",
                "{\"storyId\":\"" + storyId + "\",\"chapterId\":\"chapter:" + UUID.randomUUID()
                        + "\",\"number\":1,\"title\":\"Old\",\"content\":\"<p>old</p>\","
                        + "\"wordCount\":1,\"addedAt\":\"2026-01-02T03:04:05Z\"}");
        authenticatePlanted(created, added);
        JsonNode events = api.get("/api/admin/history/aggregates/Story/" + storyId, adminToken())
                .body();
        assertThat(events.get(0).get("eventType").asText()).isEqualTo("StoryCreatedEvent");
        assertThat(events.get(0).get("payload").has("coverImageId")).isTrue();
        assertThat(events.get(0).get("payload").get("coverImageId").isNull()).isTrue();
        assertThat(events.get(1).get("eventType").asText()).isEqualTo("ChapterAddedEvent");
        assertThat(events.get(1).get("payload").get("nsfw").asBoolean()).isFalse();
        assertThat(events.get(1).get("payload").get("title").asText()).isEqualTo("Old");
    }

    /** An event stored as an earlier revision of the platform stored it (revision 1). */
    private static void plant(String eventId, String aggregateId, int sequence, String type, String payload)
            throws Exception {
        try (Connection owner = ownerConnection();
                PreparedStatement insert = owner.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, 'Story', ?, ?, '1', ?, ?)""")) {
            insert.setString(1, eventId);
            insert.setString(2, aggregateId);
            insert.setInt(3, sequence);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, type);
            insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }

    private String addChapter(Person author, String storyId, Map<String, Object> body) {
        Api.Response added = api.post("/api/stories/" + storyId + "/chapters", body, author.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.body().get("id").asText();
    }

    @Test
    void anUnverifiedAuthorWritesNothing() {
        String email = uniqueEmail("unverified");
        register(email);
        String token = login(email, PASSWORD);
        long before = eventCount();

        assertProblem(api.post("/api/stories", story("Early"), token), 403, "email-verification-required");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void strangeStoriesAreRefusedNamingTheFieldAndStoreNothing() {
        Person author = verifiedPerson("strange");
        long before = eventCount();
        List<Map.Entry<String, Object>> cases = List.of(
                Map.entry("title", "t".repeat(201)),
                Map.entry("title", "  "),
                Map.entry("title", "a\u0000b"),
                Map.entry("description", "d".repeat(5_001)),
                Map.entry("genre", "space-opera-deluxe"),
                Map.entry("genre", "g".repeat(51)),
                Map.entry("tags", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()),
                Map.entry("tags", List.of("x".repeat(51))),
                Map.entry("tags", List.of(" ")),
                Map.entry("language", "not a language"));
        for (Map.Entry<String, Object> strange : cases) {
            Map<String, Object> body = story("Strange");
            body.put(strange.getKey(), strange.getValue());
            Api.Response response = api.post("/api/stories", body, author.token());
            assertThat(response.status()).as(strange + " " + response).isEqualTo(400);
            assertThat(response.body().path("field").asText())
                    .as(response.toString())
                    .startsWith(strange.getKey());
        }
        assertThat(eventCount()).isEqualTo(before);

        String id = published(author, story("Paged"));
        for (String query : List.of("cursor=%25%25", "cursor=bm90LWEtY3Vyc29y", "limit=0", "limit=1000", "limit=x")) {
            assertThat(api.get("/api/stories?" + query, null).status())
                    .as(query)
                    .isEqualTo(400);
            assertThat(api.get("/api/stories/" + id + "/comments?" + query, null)
                            .status())
                    .as(query)
                    .isEqualTo(400);
        }
        assertProblem(api.put("/api/stories/" + id + "/status", Map.of("status", "DRAFT"), author.token()), 400, null);
        assertProblem(api.put("/api/stories/" + id + "/status", Map.of("status", "gone"), author.token()), 400, null);
    }

    @Test
    void chaptersAreNumberedSanitizedAndCounted() {
        Person author = verifiedPerson("chapters");
        String id = draft(author, story("Chaptered"));

        Api.Response first = api.post(
                "/api/stories/" + id + "/chapters",
                Map.of("title", "Arrival", "content", "<p>The ship <b>came</b> in.</p><img src=x onerror=alert(1)>"),
                author.token());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String chapterId = first.body().get("id").asText();
        Api.Response second = api.post(
                "/api/stories/" + id + "/chapters",
                Map.of("title", "Departure", "content", "Plain **Markdown** text, kept as text."),
                author.token());
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertProblem(
                api.post(
                        "/api/stories/" + id + "/chapters",
                        Map.of("title", "Empty", "content", "<script>only()</script>"),
                        author.token()),
                400,
                "empty-content");

        JsonNode chapter = api.get("/api/stories/" + id + "/chapters/" + chapterId, author.token())
                .body();
        assertThat(chapter.get("number").asInt()).isEqualTo(1);
        assertThat(chapter.get("title").asText()).isEqualTo("Arrival");
        assertThat(chapter.get("content").asText()).isEqualTo("<p>The ship <b>came</b> in.</p>");
        assertThat(chapter.get("wordCount").asInt()).isEqualTo(4);

        JsonNode list = api.get("/api/stories/" + id + "/chapters", author.token())
                .body()
                .get("items");
        assertThat(list).extracting(item -> item.get("number").asInt()).containsExactly(1, 2);
        assertThat(list.get(0).has("content")).isFalse();
        assertProblem(api.get("/api/stories/" + id + "/chapters", null), 404, "story-not-found");
        assertProblem(
                api.get(
                        "/api/stories/" + id + "/chapters/chapter:00000000-0000-4000-8000-000000000000",
                        author.token()),
                404,
                "chapter-not-found");

        api.post("/api/stories/" + id + "/publish", null, author.token());
        JsonNode story = api.get("/api/stories/" + id, null).body();
        assertThat(story.get("chapterCount").asInt()).isEqualTo(2);
        assertThat(story.get("wordCount").asInt()).isEqualTo(4 + 6);
    }

    @Test
    void commentsAreThreadedAndPagedOnPublishedContentOnly() {
        Person author = verifiedPerson("commented");
        Person reader = verifiedPerson("commenter");
        String draft = draft(author, story("Not yet"));
        long before = eventCount();
        assertProblem(
                api.post(
                        "/api/comments",
                        Map.of("targetType", "story", "targetId", draft, "content", "first!"),
                        reader.token()),
                404,
                "comment-target-not-found");
        assertProblem(
                api.post(
                        "/api/comments",
                        Map.of("targetType", "whisper", "targetId", draft, "content", "first!"),
                        reader.token()),
                404,
                null);
        assertProblem(
                api.post(
                        "/api/comments",
                        Map.of("targetType", "poster", "targetId", draft, "content", "first!"),
                        reader.token()),
                400,
                null);
        assertThat(eventCount()).isEqualTo(before);

        String id = published(author, story("Talked about"));
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api.Response comment = api.post(
                    "/api/comments",
                    Map.of("targetType", "story", "targetId", id, "content", "comment " + i),
                    reader.token());
            assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
            posted.add(comment.body().get("id").asText());
        }
        Api.Response answer = api.post(
                "/api/comments",
                Map.of("targetType", "story", "targetId", id, "content", "thanks", "parentId", posted.get(0)),
                author.token());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);

        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get(
                            "/api/stories/" + id + "/comments?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                            null)
                    .body();
            page.get("items").forEach(all::add);
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(2);
        assertThat(all)
                .extracting(item -> item.get("id").asText())
                .containsExactly(
                        posted.get(0),
                        posted.get(1),
                        posted.get(2),
                        answer.body().get("id").asText());
        assertThat(all.get(3).get("parentId").asText()).isEqualTo(posted.get(0));
        assertThat(all.get(0).get("parentId").isNull()).isTrue();

        String otherStory = published(author, story("Elsewhere"));
        assertProblem(
                api.post(
                        "/api/comments",
                        Map.of(
                                "targetType",
                                "story",
                                "targetId",
                                otherStory,
                                "content",
                                "x",
                                "parentId",
                                posted.get(0)),
                        reader.token()),
                404,
                "parent-comment-not-found");
    }

    @Test
    void whispersArePostedReadAndCommentedOn() {
        Person author = verifiedPerson("whisperer");
        Person reader = verifiedPerson("listener");
        assertProblem(api.post("/api/whispers", Map.of("content", "w".repeat(1_001)), author.token()), 400, null);
        Api.Response posted = api.post("/api/whispers", Map.of("content", "A quiet <b>night</b>"), author.token());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        String id = posted.body().get("id").asText();

        assertThat(api.get("/api/whispers/" + id, null).body().get("content").asText())
                .isEqualTo("A quiet <b>night</b>");
        assertThat(ids(api.get("/api/whispers?author=" + author.userId(), null)
                        .body()
                        .get("items")))
                .containsExactly(id);
        assertProblem(api.get("/api/whispers/whisper:00000000-0000-4000-8000-000000000000", null), 404, null);

        Api.Response comment = api.post(
                "/api/comments",
                Map.of("targetType", "whisper", "targetId", id, "content", "so quiet"),
                reader.token());
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        assertThat(ids(api.get("/api/whispers/" + id + "/comments", null).body().get("items")))
                .containsExactly(comment.body().get("id").asText());
    }

    @Test
    void nsfwStoriesAreMarkedForTheDefaultPreference() {
        Person author = verifiedPerson("nsfw");
        Map<String, Object> body = story("After dark");
        body.put("nsfw", true);
        String id = published(author, body);

        JsonNode listed =
                api.get("/api/stories?author=" + author.userId(), null).body().get("items");
        assertThat(ids(listed)).containsExactly(id);
        assertThat(listed.get(0).get("blurred").asBoolean()).isTrue();
        assertThat(api.get("/api/stories/" + id, null).body().get("blurred").asBoolean())
                .isTrue();

        // a HIDE_NSFW reader's list leaves it out in the query itself, so pages stay full
        StoryPage hidden = queries.query(
                        new ListStoriesQuery(author.userId(), null, null, false, 10, null),
                        ResponseTypes.instanceOf(StoryPage.class))
                .join();
        assertThat(hidden.items()).isEmpty();
        StoryPage shown = queries.query(
                        new ListStoriesQuery(author.userId(), null, null, true, 10, null),
                        ResponseTypes.instanceOf(StoryPage.class))
                .join();
        assertThat(shown.items()).extracting(StoryResponse::id).containsExactly(id);
    }
}
