package org.muejam.infra.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Person;

/**
 * The content issue's acceptance scenario, end to end through the API of the running platform: a verified author
 * publishes a story and two chapters; a second person finds it by a word of its title and by a prefix through
 * suggestions; a chapter with a card number is stored redacted; a comment with a URL Google Safe Browsing (on
 * WireMock) knows is refused with 422 and stores nothing; a hate-speech comment is stored and flagged HIGH; an NSFW
 * story is left out for a HIDE_NSFW reader and marked for a BLUR_NSFW one, in lists and in search alike.
 */
class ContentAcceptanceTest extends SafeBrowsingStandIn {

    /** A person with a client of their own, so that each person's requests count against their own address. */
    @Test
    void anAuthorPublishesAReaderFindsItAndTheFiltersDoTheirWork() {
        String admin = adminToken();
        useTheBuiltInFilters(admin);
        String word = word();
        Person author = verifiedPerson("acceptance-author");
        Person reader = verifiedPerson("acceptance-reader");

        // a verified author publishes a story and two chapters, one of them with a card number in it
        String storyId = created(author.client()
                .post("/api/stories", story(word + " lighthouse keeper", false, List.of("coast")), author.token()));
        String firstChapter = created(author.client()
                .post(
                        "/api/stories/" + storyId + "/chapters",
                        Map.of("title", "The lamp", "content", "<p>The lamp turned all night.</p>"),
                        author.token()));
        String secondChapter = created(author.client()
                .post(
                        "/api/stories/" + storyId + "/chapters",
                        Map.of("title", "The letter", "content", "<p>Pay with card 4111 1111 1111 1111 by Friday.</p>"),
                        author.token()));
        assertThat(author.client()
                        .post("/api/stories/" + storyId + "/publish", null, author.token())
                        .status())
                .isEqualTo(200);

        // the second person finds it by a word of its title, and by a prefix through suggestions
        JsonNode found = read(reader, "/api/search?q=" + word);
        assertThat(found.get("items")).hasSize(1);
        assertThat(found.get("items").get(0).get("id").asText()).isEqualTo(storyId);
        assertThat(found.get("items").get(0).get("title").asText()).isEqualTo(word + " lighthouse keeper");
        JsonNode suggested = read(reader, "/api/search/suggest?q=" + word.substring(0, 6));
        assertThat(suggested.get("suggestions").findValuesAsText("storyId")).contains(storyId);
        assertThat(suggested.get("suggestions").findValuesAsText("text")).contains(word + " lighthouse keeper");

        // the card number was stored redacted: the chapter holds only its last four digits
        JsonNode redacted = read(reader, "/api/stories/" + storyId + "/chapters/" + secondChapter);
        assertThat(redacted.get("content").asText())
                .isEqualTo("<p>Pay with card **** **** **** 1111 by Friday.</p>")
                .doesNotContain("4111 1111");
        assertThat(read(reader, "/api/stories/" + storyId + "/chapters/" + firstChapter)
                        .get("content")
                        .asText())
                .isEqualTo("<p>The lamp turned all night.</p>");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                        Long.class,
                        "%4111 1111 1111 1111%"))
                .as("no event holds the card number")
                .isZero();

        // a comment with a malicious URL is refused with 422 naming the rule, and nothing is stored
        long before = lastGlobalIndex();
        Api.Response malicious = reader.client()
                .post(
                        "/api/comments",
                        comment(storyId, "Free chapters at http://" + BAD_SITE + "/get now"),
                        reader.token());
        assertThat(malicious.status()).as(malicious.toString()).isEqualTo(422);
        assertThat(malicious.contentType()).startsWith("application/problem+json");
        assertThat(malicious.body().get("rule").asText()).isEqualTo("malicious-url");
        assertThat(comments(storyId, reader)).isEmpty();
        assertThat(storedSince(before))
                .as("the refusal is recorded, the comment is not")
                .anyMatch(type -> type.endsWith(".ContentBlockedEvent"))
                .noneMatch(type -> type.endsWith(".CommentPostedEvent"));

        // a hate-speech comment is stored, and flagged HIGH for moderation
        String hateful = created(reader.client()
                .post("/api/comments", comment(storyId, "People like them are vermin."), reader.token()));
        assertThat(comments(storyId, reader)).containsExactly(hateful);
        Api.Response history = api.get("/api/admin/history/aggregates/Comment/" + hateful, admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode flag = eventOfType(history.body(), "ContentFlaggedEvent");
        assertThat(flag.get("payload").toString()).contains("hate-speech").contains("HIGH");

        // an NSFW story: left out for a HIDE_NSFW reader, marked for a BLUR_NSFW reader
        String nsfwId = created(author.client()
                .post("/api/stories", story(word + " midnight tide", true, List.of("coast")), author.token()));
        author.client().post("/api/stories/" + nsfwId + "/publish", null, author.token());
        Person hider = verifiedPerson("acceptance-hider");
        assertThat(hider.client()
                        .put("/api/me/content-preferences", Map.of("nsfw", "HIDE_NSFW"), hider.token())
                        .status())
                .isEqualTo(200);
        Person blurrer = verifiedPerson("acceptance-blurrer");
        assertThat(blurrer.client()
                        .put("/api/me/content-preferences", Map.of("nsfw", "BLUR_NSFW"), blurrer.token())
                        .status())
                .isEqualTo(200);

        assertThat(ids(read(hider, "/api/search?q=" + word))).containsExactly(storyId);
        assertThat(ids(read(hider, "/api/stories?author=" + author.userId()))).containsExactly(storyId);
        // followed by a direct link, it is shown marked, never bare
        assertThat(read(hider, "/api/stories/" + nsfwId).get("blurred").asBoolean())
                .isTrue();

        JsonNode blurredSearch = read(blurrer, "/api/search?q=" + word);
        assertThat(ids(blurredSearch)).containsExactlyInAnyOrder(storyId, nsfwId);
        blurredSearch
                .get("items")
                .forEach(item -> assertThat(item.get("blurred").asBoolean())
                        .as(item.toString())
                        .isEqualTo(item.get("id").asText().equals(nsfwId)));
        JsonNode blurredStory = read(blurrer, "/api/stories/" + nsfwId);
        assertThat(blurredStory.get("nsfw").asBoolean()).isTrue();
        assertThat(blurredStory.get("blurred").asBoolean()).isTrue();
        assertThat(ids(read(blurrer, "/api/stories?author=" + author.userId())))
                .containsExactlyInAnyOrder(storyId, nsfwId);
    }

    /** What {@code person} reads once every read model has everything stored so far, anyone's writes included. */
    private JsonNode read(Person person, String path) {
        Api.Response response = person.client()
                .send(
                        "GET",
                        path,
                        null,
                        "application/json",
                        person.token(),
                        Map.of("X-Await-Position", Long.toString(projections.head())));
        return ok(response);
    }

    private static Map<String, Object> story(String title, boolean nsfw, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "<p>Light, weather and the people between them.</p>");
        body.put("genre", "literary");
        body.put("tags", tags);
        body.put("nsfw", nsfw);
        return body;
    }

    private static Map<String, Object> comment(String storyId, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetType", "story");
        body.put("targetId", storyId);
        body.put("content", content);
        return body;
    }

    private List<String> comments(String storyId, Person reader) {
        return ids(read(reader, "/api/stories/" + storyId + "/comments"));
    }

    private long lastGlobalIndex() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    /** The event types stored after global index {@code before}, oldest first. */
    private List<String> storedSince(long before) {
        return jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE global_index > ? ORDER BY global_index",
                String.class,
                before);
    }

    private static JsonNode eventOfType(JsonNode history, String type) {
        for (JsonNode event : history) {
            if (event.get("eventType").asText().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** A word no other story has: letters only, so the search analyser keeps it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("lh");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
