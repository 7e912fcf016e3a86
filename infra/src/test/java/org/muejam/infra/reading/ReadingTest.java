package org.muejam.infra.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.reading.ReadingIds;

/** Reading lists and reading progress through the REST API, as readers use them. */
class ReadingTest extends IntegrationTest {

    private record Reader(String userId, String token) {}

    private int requests;
    private long furthest = -1;

    /** A fresh client address every few requests: the tests here write more than the per-address limit allows. */
    private Api client() {
        if (++requests % 15 == 0) {
            furthest = Math.max(furthest, api.lastWrite());
            api = new Api(port, json);
        }
        return api;
    }

    private Api.Response get(String path, String token) {
        Api client = client();
        long position = Math.max(furthest, client.lastWrite());
        return position < 0
                ? client.get(path, token)
                : client.send("GET", path, null, "application/json", token, Map.of("X-Await-Position", "" + position));
    }

    private Api.Response post(String path, Object body, String token) {
        return client().post(path, body, token);
    }

    private Api.Response put(String path, Object body, String token) {
        return client().put(path, body, token);
    }

    private Api.Response delete(String path, String token) {
        return client().send("DELETE", path, null, "application/json", token, Map.of());
    }

    private Reader verified(String prefix) {
        String email = uniqueEmail(prefix);
        String userId = register(email);
        Api.Response verified = post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(204);
        return new Reader(userId, login(email, PASSWORD));
    }

    private Reader unverified(String prefix) {
        String email = uniqueEmail(prefix);
        String userId = register(email);
        return new Reader(userId, login(email, PASSWORD));
    }

    private String publishedStory(Reader author, String title, boolean nsfw) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "About " + title);
        body.put("genre", "fantasy");
        body.put("nsfw", nsfw);
        Api.Response created = post("/api/stories", body, author.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        Api.Response published = post("/api/stories/" + id + "/publish", null, author.token());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private String draftStory(Reader author) {
        Api.Response created =
                post("/api/stories", Map.of("title", "Draft", "genre", "drama", "nsfw", false), author.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private String chapter(Reader author, String storyId, String title) {
        Api.Response added = post(
                "/api/stories/" + storyId + "/chapters",
                Map.of("title", title, "content", "<p>Once.</p>"),
                author.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.body().get("id").asText();
    }

    private String list(Reader owner, String name, boolean isPublic) {
        Api.Response created = post("/api/reading-lists", Map.of("name", name, "public", isPublic), owner.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Event-Position")).isPresent();
        String id = created.body().get("id").asText();
        assertThat(ReadingIds.isList(id)).as(id).isTrue();
        return id;
    }

    private void addStory(Reader owner, String listId, String storyId) {
        Api.Response added =
                post("/api/reading-lists/" + listId + "/stories", Map.of("storyId", storyId), owner.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(204);
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(response.body().get("type").asText()).isEqualTo("/problems/" + type);
        }
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static Map<String, Object> details(String name, String description, boolean isPublic) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", description);
        body.put("public", isPublic);
        return body;
    }

    @Test
    void aPrivateListIsItsOwnersAloneAndAPublicOneEveryReaders() {
        Reader owner = verified("owner");
        Reader other = verified("other");
        String story = publishedStory(owner, "Tides", false);
        String list = list(owner, "Sea tales", false);

        addStory(owner, list, story);
        long before = eventCount();
        addStory(owner, list, story);
        assertThat(eventCount()).as("adding a story twice stores nothing").isEqualTo(before);

        JsonNode seen = get("/api/reading-lists/" + list, owner.token()).body();
        assertThat(seen.get("name").asText()).isEqualTo("Sea tales");
        assertThat(seen.get("public").asBoolean()).isFalse();
        assertThat(seen.get("ownerId").asText()).isEqualTo(owner.userId());
        assertThat(values(seen.get("stories"), "storyId")).containsExactly(story);
        assertThat(values(seen.get("stories"), "title")).containsExactly("Tides");
        assertThat(seen.get("stories").get(0).get("addedAt").isTextual()).isTrue();

        assertProblem(get("/api/reading-lists/" + list, other.token()), 404, "reading-list-not-found");
        assertProblem(put("/api/reading-lists/" + list, details("Mine", "", true), other.token()), 404, null);
        assertProblem(delete("/api/reading-lists/" + list, other.token()), 404, null);
        assertProblem(
                post("/api/reading-lists/" + list + "/stories", Map.of("storyId", story), other.token()), 404, null);
        assertProblem(delete("/api/reading-lists/" + list + "/stories/" + story, other.token()), 404, null);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(values(get("/api/reading-lists", other.token()).body().get("items"), "id"))
                .doesNotContain(list);

        Api.Response opened =
                put("/api/reading-lists/" + list, details("Sea tales", "Salt & spray", true), owner.token());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        JsonNode shared = get("/api/reading-lists/" + list, other.token()).body();
        assertThat(shared.get("public").asBoolean()).isTrue();
        assertThat(shared.get("description").asText()).contains("Salt");
        assertThat(values(shared.get("stories"), "storyId")).containsExactly(story);
        long opened2 = eventCount();
        assertThat(put("/api/reading-lists/" + list, details("Sea tales", "Salt & spray", true), owner.token())
                        .status())
                .isEqualTo(200);
        assertThat(eventCount()).as("the same details again store nothing").isEqualTo(opened2);
        assertProblem(put("/api/reading-lists/" + list, details("Mine", "", true), other.token()), 404, null);

        assertThat(delete("/api/reading-lists/" + list + "/stories/" + story, owner.token())
                        .status())
                .isEqualTo(204);
        long removed = eventCount();
        assertThat(delete("/api/reading-lists/" + list + "/stories/" + story, owner.token())
                        .status())
                .isEqualTo(204);
        assertThat(eventCount())
                .as("removing a story not on the list stores nothing")
                .isEqualTo(removed);
        assertThat(get("/api/reading-lists/" + list, owner.token()).body().get("stories"))
                .isEmpty();

        assertThat(delete("/api/reading-lists/" + list, owner.token()).status()).isEqualTo(204);
        assertProblem(get("/api/reading-lists/" + list, owner.token()), 404, "reading-list-not-found");
        assertProblem(delete("/api/reading-lists/" + list, owner.token()), 404, "reading-list-not-found");
        assertProblem(
                post("/api/reading-lists/" + list + "/stories", Map.of("storyId", story), owner.token()),
                404,
                "reading-list-not-found");
        assertProblem(put("/api/reading-lists/" + list, details("Back", "", false), owner.token()), 404, null);
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundAndSignInIsNeeded() {
        Reader owner = verified("owner");
        String list = list(owner, "Mine", false);
        for (String unknown : List.of(ReadingIds.randomList(), "nothing", "list:not-a-uuid")) {
            assertProblem(get("/api/reading-lists/" + unknown, owner.token()), 404, "reading-list-not-found");
            assertProblem(delete("/api/reading-lists/" + unknown, owner.token()), 404, null);
            assertProblem(put("/api/reading-lists/" + unknown, details("x", "", false), owner.token()), 404, null);
        }
        for (String story : List.of(ContentIds.random(ContentIds.STORY), "story:nope", draftStory(owner))) {
            assertProblem(
                    post("/api/reading-lists/" + list + "/stories", Map.of("storyId", story), owner.token()),
                    404,
                    "story-not-found");
        }
        assertProblem(post("/api/reading-lists/" + list + "/stories", Map.of(), owner.token()), 400, null);
        assertThat(get("/api/reading-lists", null).status()).isEqualTo(401);
        assertThat(get("/api/reading-lists/" + list, null).status()).isEqualTo(401);
        assertThat(post("/api/reading-lists", Map.of("name", "x"), null).status())
                .isEqualTo(401);
        assertThat(get("/api/me/reading-progress", null).status()).isEqualTo(401);
    }

    @Test
    void storiesAReaderHidesAreLeftOutOfOthersListsButNotTheOwners() {
        Reader owner = verified("owner");
        Reader reader = verified("reader");
        String plain = publishedStory(owner, "Plain", false);
        String spicy = publishedStory(owner, "Spicy", true);
        String list = list(owner, "Mixed", true);
        addStory(owner, list, plain);
        addStory(owner, list, spicy);

        assertThat(put("/api/me/content-preferences", Map.of("nsfw", "HIDE_NSFW"), reader.token())
                        .status())
                .isEqualTo(200);
        assertThat(values(
                        get("/api/reading-lists/" + list, reader.token()).body().get("stories"), "storyId"))
                .containsExactly(plain);

        assertThat(put("/api/me/content-preferences", Map.of("nsfw", "BLUR_NSFW"), reader.token())
                        .status())
                .isEqualTo(200);
        JsonNode blurred =
                get("/api/reading-lists/" + list, reader.token()).body().get("stories");
        assertThat(values(blurred, "storyId")).containsExactly(spicy, plain);
        assertThat(blurred.get(0).get("blurred").asBoolean()).isTrue();
        assertThat(blurred.get(1).get("blurred").asBoolean()).isFalse();

        assertThat(put("/api/me/content-preferences", Map.of("nsfw", "HIDE_NSFW"), owner.token())
                        .status())
                .isEqualTo(200);
        assertThat(values(
                        get("/api/reading-lists/" + list, owner.token()).body().get("stories"), "storyId"))
                .containsExactly(spicy, plain);
    }

    @Test
    void aPublicListNeedsAVerifiedAddressAndPassesTheScreening() {
        Reader unverified = unverified("unverified");
        String own = list(unverified, "Just mine", false);
        assertProblem(
                post("/api/reading-lists", details("Open", "", true), unverified.token()),
                403,
                "email-verification-required");
        assertProblem(
                put("/api/reading-lists/" + own, details("Open", "", true), unverified.token()),
                403,
                "email-verification-required");

        Reader owner = verified("owner");
        String spam = "buy ".repeat(12).strip();
        Api.Response refused = post("/api/reading-lists", details(spam, "", true), owner.token());
        assertProblem(refused, 422, "content-refused");
        assertThat(refused.body().get("rule").asText()).isEqualTo("spam");
        Api.Response refusedDescription = post("/api/reading-lists", details("Fine", spam, true), owner.token());
        assertProblem(refusedDescription, 422, "content-refused");
        String closed = list(owner, "Closed", false);
        assertProblem(
                put("/api/reading-lists/" + closed, details(spam, "", true), owner.token()), 422, "content-refused");
        JsonNode mine = get("/api/reading-lists", owner.token()).body().get("items");
        assertThat(values(mine, "id")).containsExactly(closed);
        assertThat(values(mine, "name")).containsExactly("Closed");

        Api.Response privateSpam = post("/api/reading-lists", details(spam, "", false), owner.token());
        assertThat(privateSpam.status()).as("a private list is not screened").isEqualTo(201);
    }

    @Test
    void listInputIsBounded() {
        Reader owner = verified("owner");
        long before = eventCount();
        assertProblem(post("/api/reading-lists", details("n".repeat(101), "", false), owner.token()), 400, null);
        assertProblem(post("/api/reading-lists", details(" ", "", false), owner.token()), 400, null);
        assertProblem(post("/api/reading-lists", details("bad\u0000name", "", false), owner.token()), 400, null);
        assertProblem(post("/api/reading-lists", details("ok", "d".repeat(1_001), false), owner.token()), 400, null);
        assertProblem(post("/api/reading-lists", Map.of(), owner.token()), 400, null);
        assertThat(eventCount()).isEqualTo(before);

        String list = list(owner, "n".repeat(100), false);
        assertProblem(put("/api/reading-lists/" + list, Map.of("name", "x"), owner.token()), 400, null);
        assertProblem(put("/api/reading-lists/" + list, details("x\u0000", "", false), owner.token()), 400, null);
    }

    @Test
    void myListsComeInCursorPagesMostRecentlyChangedFirst() {
        Reader owner = verified("owner");
        String story = publishedStory(owner, "Counted", false);
        String first = list(owner, "First", false);
        String second = list(owner, "Second", true);
        String third = list(owner, "Third", false);
        String fourth = list(owner, "Fourth", false);
        addStory(owner, fourth, story);
        addStory(owner, first, story);

        JsonNode page = get("/api/reading-lists?limit=2", owner.token()).body();
        assertThat(values(page.get("items"), "id")).containsExactly(first, fourth);
        assertThat(page.get("items").get(0).get("storyCount").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("public").asBoolean()).isFalse();
        assertThat(page.get("items").get(0).has("updatedAt")).isTrue();
        String cursor = page.get("nextCursor").asText();
        JsonNode rest = get("/api/reading-lists?limit=2&cursor=" + cursor, owner.token())
                .body();
        assertThat(values(rest.get("items"), "id")).containsExactly(third, second);
        assertThat(rest.get("nextCursor").isNull()).isTrue();
        assertProblem(get("/api/reading-lists?cursor=not-a-cursor", owner.token()), 400, "invalid-cursor");
        assertProblem(get("/api/reading-lists?limit=1000", owner.token()), 400, "invalid-limit");
    }

    @Test
    void theHundredAndFirstListIsRefusedUntilOneIsDeleted() {
        Reader owner = verified("hoarder");
        String last = null;
        for (int i = 0; i < 100; i++) {
            last = list(owner, "List " + i, false);
        }
        long before = eventCount();
        Api.Response refused = post("/api/reading-lists", details("One more", "", false), owner.token());
        assertProblem(refused, 422, "too-many-reading-lists");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(delete("/api/reading-lists/" + last, owner.token()).status()).isEqualTo(204);
        list(owner, "One more", false);
    }

    @Test
    void theFiveHundredAndFirstStoryIsRefused() {
        Reader owner = verified("collector");
        String list = list(owner, "Everything", false);
        Instant now = Instant.now();
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            String id = ContentIds.random(ContentIds.STORY);
            stories.add(id);
            // published stories as the content read model holds them: 501 real ones would take minutes to write
            jdbc.update(
                    """
                    INSERT INTO stories (story_id, author_id, title, description, genre, tags, language, nsfw,
                                         status, created_at, updated_at, published_at)
                    VALUES (?, ?, ?, '', 'drama', '{}', NULL, FALSE, 'ONGOING', ?, ?, ?)""",
                    id,
                    owner.userId(),
                    "Planted " + i,
                    Timestamp.from(now),
                    Timestamp.from(now),
                    Timestamp.from(now));
        }
        for (int i = 0; i < 500; i++) {
            addStory(owner, list, stories.get(i));
        }
        long before = eventCount();
        assertProblem(
                post("/api/reading-lists/" + list + "/stories", Map.of("storyId", stories.get(500)), owner.token()),
                422,
                "reading-list-full");
        assertThat(eventCount()).isEqualTo(before);
        JsonNode full = get("/api/reading-lists/" + list, owner.token()).body();
        assertThat(full.get("stories")).hasSize(500);
        assertThat(get("/api/reading-lists", owner.token())
                        .body()
                        .get("items")
                        .get(0)
                        .get("storyCount")
                        .asInt())
                .isEqualTo(500);
    }

    @Test
    void progressIsRecordedOncePerPlaceAndReadByTheReaderAlone() {
        Reader author = verified("author");
        Reader reader = verified("reader");
        String first = publishedStory(author, "First", false);
        String one = chapter(author, first, "One");
        String two = chapter(author, first, "Two");
        String second = publishedStory(author, "Second", false);
        String elsewhere = chapter(author, second, "Elsewhere");

        Api.Response recorded = put(
                "/api/me/reading-progress",
                Map.of("storyId", first, "chapterId", one, "percent", 42.5),
                reader.token());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.body().get("storyId").asText()).isEqualTo(first);
        assertThat(recorded.body().get("chapterId").asText()).isEqualTo(one);
        assertThat(recorded.body().get("percent").decimalValue()).isEqualByComparingTo("42.5");
        assertThat(recorded.body().get("updatedAt").isTextual()).isTrue();

        long before = eventCount();
        Api.Response again = put(
                "/api/me/reading-progress",
                Map.of("storyId", first, "chapterId", one, "percent", 42.504),
                reader.token());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body().get("updatedAt")).isEqualTo(recorded.body().get("updatedAt"));
        assertThat(eventCount()).as("the same place again stores nothing").isEqualTo(before);

        assertThat(put(
                                "/api/me/reading-progress",
                                Map.of("storyId", first, "chapterId", two, "percent", 0),
                                reader.token())
                        .status())
                .isEqualTo(200);
        assertThat(put(
                                "/api/me/reading-progress",
                                Map.of("storyId", second, "chapterId", elsewhere, "percent", 100),
                                reader.token())
                        .status())
                .isEqualTo(200);

        JsonNode mine = get("/api/me/reading-progress/" + first, reader.token()).body();
        assertThat(mine.get("storyTitle").asText()).isEqualTo("First");
        assertThat(mine.get("chapterId").asText()).isEqualTo(two);
        assertThat(mine.get("chapterTitle").asText()).isEqualTo("Two");
        assertThat(mine.get("percent").decimalValue()).isEqualByComparingTo("0");

        JsonNode page = get("/api/me/reading-progress?limit=1", reader.token()).body();
        assertThat(values(page.get("items"), "storyId")).containsExactly(second);
        JsonNode rest = get(
                        "/api/me/reading-progress?limit=1&cursor="
                                + page.get("nextCursor").asText(),
                        reader.token())
                .body();
        assertThat(values(rest.get("items"), "storyId")).containsExactly(first);
        assertThat(rest.get("nextCursor").isNull()).isTrue();

        assertProblem(get("/api/me/reading-progress/" + first, author.token()), 404, "reading-progress-not-found");
        assertThat(get("/api/me/reading-progress", author.token()).body().get("items"))
                .isEmpty();
        assertProblem(
                get("/api/me/reading-progress/" + ContentIds.random(ContentIds.STORY), reader.token()), 404, null);
        assertProblem(get("/api/me/reading-progress/nothing", reader.token()), 404, null);
    }

    @Test
    void progressInputIsCheckedBeforeAnythingIsStored() {
        Reader author = verified("author");
        Reader reader = verified("reader");
        String story = publishedStory(author, "Story", false);
        String chapter = chapter(author, story, "One");
        String other = publishedStory(author, "Other", false);
        String otherChapter = chapter(author, other, "Other one");
        String draft = draftStory(author);
        String draftChapter = chapter(author, draft, "Hidden");
        long before = eventCount();

        for (Object percent : List.of(101, -1, "abc", 100.001, "1e400")) {
            Map<String, Object> body = new HashMap<>(Map.of("storyId", story, "chapterId", chapter));
            body.put("percent", percent);
            assertProblem(put("/api/me/reading-progress", body, reader.token()), 400, null);
        }
        assertProblem(
                put("/api/me/reading-progress", Map.of("storyId", story, "chapterId", chapter), reader.token()),
                400,
                null);
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", "story:nope", "chapterId", chapter, "percent", 1),
                        reader.token()),
                400,
                "invalid-story-id");
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", story, "chapterId", "x".repeat(65), "percent", 1),
                        reader.token()),
                400,
                null);
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", story, "chapterId", "chapter:nope", "percent", 1),
                        reader.token()),
                400,
                "invalid-chapter-id");
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", story, "chapterId", otherChapter, "percent", 1),
                        reader.token()),
                404,
                "chapter-not-found");
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", story, "chapterId", ContentIds.random(ContentIds.CHAPTER), "percent", 1),
                        reader.token()),
                404,
                "chapter-not-found");
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", draft, "chapterId", draftChapter, "percent", 1),
                        reader.token()),
                404,
                "story-not-found");
        assertProblem(
                put(
                        "/api/me/reading-progress",
                        Map.of("storyId", ContentIds.random(ContentIds.STORY), "chapterId", chapter, "percent", 1),
                        reader.token()),
                404,
                "story-not-found");
        assertThat(eventCount()).isEqualTo(before);
    }
}
