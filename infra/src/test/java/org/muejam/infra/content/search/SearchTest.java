package org.muejam.infra.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.StoryPublishedEvent;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.StoryStatusChangedEvent;
import org.muejam.shared.content.StoryUpdatedEvent;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.AuthorShadowbannedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The story search against the real Elasticsearch: the content events are published as the story aggregate would
 * store them, the search projection indexes them, and the API is asked with X-Await-Position (so it answers once
 * the index has them, and from the index rather than the cache).
 */
class SearchTest extends IntegrationTest {

    @Autowired
    private EventGateway events;

    @Autowired
    private StorySearch storySearch;

    @Autowired
    private ElasticsearchStoryIndex index;

    @Autowired
    private ElasticsearchClient elasticsearch;

    /** A word no other story of any test has, so each test sees its own stories only. */
    private static String word() {
        StringBuilder word = new StringBuilder("q");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    private record Story(String id, String authorId) {}

    private Story story(String title, String description, String genre, List<String> tags, boolean nsfw, int words) {
        return story(
                title, description, genre, tags, nsfw, words, UUID.randomUUID().toString());
    }

    private Story story(
            String title, String description, String genre, List<String> tags, boolean nsfw, int words, String author) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        events.publish(
                new StoryCreatedEvent(id, author, title, description, genre, tags, "en", nsfw, now, null),
                new ChapterAddedEvent(id, UUID.randomUUID().toString(), 1, "One", "text", words / 2, now, false),
                new ChapterAddedEvent(
                        id, UUID.randomUUID().toString(), 2, "Two", "text", words - words / 2, now, false),
                new StoryPublishedEvent(id, author, now));
        return new Story(id, author);
    }

    private Api.Response search(String query) {
        return api.send(
                "GET",
                "/api/search?" + query,
                null,
                "application/json",
                null,
                Map.of("X-Await-Position", Long.toString(projections.head())));
    }

    private JsonNode found(String query) {
        Api.Response response = search(query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aTitleHitRanksAboveADescriptionHitAndDraftsAreNeverFound() {
        String w = word();
        Story inDescription =
                story("The quiet harbour", "a tale of " + w + " and the sea", "fantasy", List.of(), false, 100);
        Story inTitle = story("The " + w + " of Avalon", "a tale of the sea", "fantasy", List.of(), false, 100);
        String draft = UUID.randomUUID().toString();
        events.publish(new StoryCreatedEvent(
                draft, "someone", w + " draft", "", "fantasy", List.of(), "en", false, Instant.now(), null));

        JsonNode page = found("q=" + w);

        assertThat(ids(page)).containsExactly(inTitle.id(), inDescription.id());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("title").asText()).isEqualTo("The " + w + " of Avalon");
        assertThat(first.get("authorName").asText()).isEqualTo("Unknown");
        assertThat(first.get("wordCount").asLong()).isEqualTo(100);
        assertThat(first.get("status").asText()).isEqualTo("ONGOING");
    }

    @Test
    void theAuthorsNameComesFromTheUsersReadModel() {
        String w = word();
        String email = uniqueEmail("author");
        String authorId = register(email);
        awaitReadModels();
        story("Letters from " + w, "", "drama", List.of(), false, 10, authorId);

        JsonNode item = found("q=" + w).get("items").get(0);

        assertThat(item.get("authorName").asText()).isEqualTo("Reader " + email.substring(0, 6));
    }

    @Test
    void filtersNarrowBySGenreStatusWordsAndUpdateDate() {
        String w = word();
        Story shortFantasy = story(w + " one", "", "Fantasy", List.of(), false, 500);
        Story longFantasy = story(w + " two", "", "fantasy", List.of(), false, 50_000);
        Story romance = story(w + " three", "", "romance", List.of(), false, 5_000);
        events.publish(new StoryStatusChangedEvent(romance.id(), StoryStatus.COMPLETED, Instant.now()));

        assertThat(ids(found("q=" + w + "&genre=FANTASY")))
                .containsExactlyInAnyOrder(shortFantasy.id(), longFantasy.id());
        assertThat(ids(found("q=" + w + "&status=completed"))).containsExactly(romance.id());
        assertThat(ids(found("q=" + w + "&minWords=1000&maxWords=10000"))).containsExactly(romance.id());
        assertThat(ids(found("q=" + w + "&minWords=1000&sort=words"))).containsExactly(longFantasy.id(), romance.id());
        assertThat(ids(found("q=" + w + "&updatedAfter=2000-01-01"))).hasSize(3);
        assertThat(ids(found("q=" + w + "&updatedAfter="
                        + enc(Instant.now().plusSeconds(3600).toString()))))
                .isEmpty();
        assertThat(ids(found("q=" + w + "&sort=updated"))).hasSize(3);
    }

    @Test
    void anUpdateIsFoundByItsNewTitle() {
        String w = word();
        Story story = story("Before", "", "fantasy", List.of(), false, 10);
        events.publish(new StoryUpdatedEvent(
                story.id(), "After " + w, "", "fantasy", List.of("sea"), "en", false, Instant.now(), null));

        assertThat(ids(found("q=" + w))).containsExactly(story.id());
    }

    @Test
    void pagesFollowTheCursorUntilEveryStoryWasShownOnce() {
        String w = word();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(story(w + " part " + i, "", "fantasy", List.of(), false, 100 * (i + 1))
                    .id());
        }
        for (String sort : List.of("relevance", "words", "updated")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page =
                        found("q=" + w + "&limit=2&sort=" + sort + (cursor == null ? "" : "&cursor=" + enc(cursor)));
                assertThat(page.get("total").asLong()).isEqualTo(5);
                seen.addAll(ids(page));
                cursor = page.get("nextCursor").isNull()
                        ? null
                        : page.get("nextCursor").asText();
                pages++;
            } while (cursor != null && pages < 10);
            assertThat(seen).as(sort).containsExactlyInAnyOrderElementsOf(all);
            assertThat(pages).isEqualTo(3);
        }
        List<String> byWords = new ArrayList<>(all);
        Collections.reverse(byWords);
        assertThat(ids(found("q=" + w + "&sort=words"))).containsExactlyElementsOf(byWords);
    }

    @Test
    void suggestionsCompleteTitlesAndTagsFromTheirStart() {
        String w = word();
        Story titled = story(w + " rising", "", "fantasy", List.of(), false, 10);
        Story tagged = story("Another story", "", "fantasy", List.of(w + "tag"), false, 10);
        found("q=" + w);

        Api.Response response = api.get("/api/search/suggest?q=" + w.substring(0, 8), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> suggestions = new ArrayList<>();
        response.body()
                .get("suggestions")
                .forEach(s -> suggestions.add(
                        s.get("text").asText() + " -> " + s.get("storyId").asText()));
        assertThat(suggestions).containsExactlyInAnyOrder(w + " rising -> " + titled.id(), w + "tag -> " + tagged.id());
    }

    @Test
    void aTitleIsSuggestedFromTheStartOfAnyOfItsWords() {
        String w = word();
        Story titled = story("The " + w + " keeper", "", "fantasy", List.of(), false, 10);
        found("q=" + w);

        Api.Response response = api.get("/api/search/suggest?q=" + w.substring(0, 8), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("suggestions")).hasSize(1);
        assertThat(response.body().get("suggestions").get(0).get("text").asText())
                .isEqualTo("The " + w + " keeper");
        assertThat(response.body().get("suggestions").get(0).get("storyId").asText())
                .isEqualTo(titled.id());
    }

    @Test
    void nsfwStoriesAreBlurredByDefaultAndLeftOutForReadersWhoHideThem() {
        String w = word();
        Story safe = story(w + " daylight", "", "fantasy", List.of(), false, 10);
        Story nsfw = story(w + " midnight", "", "fantasy", List.of(), true, 10);

        JsonNode page = found("q=" + w);
        assertThat(ids(page)).containsExactlyInAnyOrder(safe.id(), nsfw.id());
        page.get("items")
                .forEach(item -> assertThat(item.get("blurred").asBoolean())
                        .isEqualTo(item.get("id").asText().equals(nsfw.id())));

        SearchCriteria hide =
                SearchCriteria.parse(w, null, null, null, null, null, null, null, null, 20, NsfwPreference.HIDE_NSFW);
        assertThat(storySearch.search(hide).items())
                .extracting(StorySearch.Item::id)
                .containsExactly(safe.id());
        SearchCriteria show =
                SearchCriteria.parse(w, null, null, null, null, null, null, null, null, 20, NsfwPreference.SHOW_ALL);
        assertThat(storySearch.search(show).items())
                .allSatisfy(item -> assertThat(item.blurred()).isFalse())
                .hasSize(2);
        assertThat(storySearch.suggest(w, NsfwPreference.HIDE_NSFW, 10).suggestions())
                .extracting(StorySearch.Suggestion::storyId)
                .containsExactly(safe.id());
    }

    @Test
    void aFirstPageIsCachedUnlessTheReaderAsksForTheIndexItself() {
        String w = word();
        Story story = story(w + " cached", "", "fantasy", List.of(), false, 10);
        assertThat(ids(found("q=" + w))).containsExactly(story.id());
        Api cached = new Api(port, json).withoutReadYourWrites();
        assertThat(ids(cached.get("/api/search?q=" + w, null).body())).containsExactly(story.id());

        events.publish(new StoryUpdatedEvent(
                story.id(), "Renamed", "", "fantasy", List.of(), "en", false, Instant.now(), null));

        assertThat(ids(found("q=" + w))).as("the index itself").isEmpty();
        assertThat(ids(cached.get("/api/search?q=" + w, null).body()))
                .as("the cached first page")
                .containsExactly(story.id());
    }

    @Test
    void aStoryTakenDownOrItsAuthorShadowbannedLeavesTheCachedPagesAtOnce() {
        String w = word();
        Story hidden = story(w + " hidden", "", "fantasy", List.of(), false, 10);
        Story shadowbanned = story(w + " shadowed", "", "fantasy", List.of(), false, 10);
        Api cached = new Api(port, json).withoutReadYourWrites();
        assertThat(ids(found("q=" + w))).containsExactlyInAnyOrder(hidden.id(), shadowbanned.id());
        assertThat(ids(cached.get("/api/search?q=" + w, null).body()))
                .containsExactlyInAnyOrder(hidden.id(), shadowbanned.id());

        events.publish(new ContentHiddenEvent(
                ContentType.STORY, hidden.id(), hidden.authorId(), "moderator", "spam", Instant.now()));
        assertThat(ids(found("q=" + w))).as("the index itself").containsExactly(shadowbanned.id());
        await(
                "the cached first page forgets the hidden story",
                Duration.ofSeconds(15),
                () -> ids(cached.get("/api/search?q=" + w, null).body()).equals(List.of(shadowbanned.id())));

        events.publish(new AuthorShadowbannedEvent(
                UserId.of(shadowbanned.authorId()), UserId.of("moderator"), "spam", Instant.now()));
        assertThat(ids(found("q=" + w))).as("the index itself").isEmpty();
        await(
                "the cached first page forgets the shadowbanned author's story",
                Duration.ofSeconds(15),
                () -> ids(cached.get("/api/search?q=" + w, null).body()).isEmpty());
    }

    @Test
    void badParametersAreRefusedWith400AndQuerySyntaxIsJustText() {
        for (String bad : List.of(
                "q=a%00b",
                "q=" + "a".repeat(201),
                "updatedAfter=yesterday",
                "updatedAfter=2026-13-45",
                "minWords=10&maxWords=5",
                "minWords=-1",
                "maxWords=99999999999999999999",
                "sort=popularity",
                "status=draft",
                "limit=0",
                "limit=1000",
                "cursor=not-a-cursor",
                "cursor="
                        + enc(new SearchCursor(
                                        SearchCriteria.Sort.WORDS,
                                        List.of(
                                                co.elastic.clients.elasticsearch._types.FieldValue.of(1L),
                                                co.elastic.clients.elasticsearch._types.FieldValue.of("x")))
                                .encode()))) {
            Api.Response response = search(bad);
            assertThat(response.status()).as(bad + " -> " + response).isEqualTo(400);
            assertThat(response.contentType()).as(bad).startsWith("application/problem+json");
        }
        for (String syntax : List.of("title:(x OR", "\"unbalanced", "*", "a\\", "x AND y~3^2", "/regex[/", "{}[]")) {
            Api.Response response = search("q=" + enc(syntax));
            assertThat(response.status()).as(syntax + " -> " + response).isEqualTo(200);
        }
        assertThat(api.get("/api/search/suggest?q=", null).status()).isEqualTo(400);
        assertThat(api.get("/api/search/suggest?q=" + enc("\"*("), null).status())
                .isEqualTo(200);
    }

    @Test
    void searchesAndClicksByNobodySignedInAreRecordedWithoutTheirText() {
        String w = word();
        Story story = story(w + " clicked", "", "fantasy", List.of(), false, 10);
        found("q=" + enc(" " + w.toUpperCase(Locale.ROOT) + "   CLICKED "));

        Api.Response click = api.post(
                "/api/search/clicks", Map.of("query", w + " clicked", "storyId", story.id(), "position", 0), null);
        assertThat(click.status()).as(click.toString()).isEqualTo(202);
        assertThat(api.post("/api/search/clicks", Map.of("query", "x", "storyId", story.id(), "position", -1), null)
                        .status())
                .isEqualTo(400);

        List<String> payloads = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE payload_type LIKE 'org.muejam.shared.content.search.%' ORDER BY global_index DESC LIMIT 20""", String.class);
        // the query's length and words, never its text (decision 0043)
        String length = "\"queryLength\":" + (w + " clicked").length();
        assertThat(payloads)
                .anySatisfy(p -> assertThat(p)
                        .contains("\"searcherId\":null", "\"query\":null", length, "\"queryWords\":2")
                        .contains("\"results\":1"));
        assertThat(payloads)
                .anySatisfy(p -> assertThat(p)
                        .contains("\"storyId\":\"" + story.id() + "\"")
                        .contains("\"query\":null", length)
                        .contains("\"position\":0"));
        assertThat(payloads).noneMatch(p -> p.contains(w));
    }

    @Test
    void aRebuildFillsAFreshIndexWhileSearchesGoOnAnsweringFromTheOldOne() throws Exception {
        String w = word();
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stories.add(
                    story(w + " saga " + i, "", "fantasy", List.of(), false, 10).id());
        }
        assertThat(ids(found("q=" + w))).containsExactlyInAnyOrderElementsOf(stories);
        String before = index.liveIndex();
        String admin = adminToken();

        AtomicBoolean searching = new AtomicBoolean(true);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Integer> counts = Collections.synchronizedList(new ArrayList<>());
        Api reader = new Api(port, json).withoutReadYourWrites();
        Thread loop = new Thread(() -> {
            while (searching.get()) {
                Api.Response response = reader.send(
                        "GET",
                        "/api/search?q=" + w,
                        null,
                        "application/json",
                        null,
                        Map.of("Cache-Control", "no-cache"));
                if (response.status() != 200) {
                    failures.add(response.toString());
                } else {
                    counts.add(response.body().get("items").size());
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        loop.start();
        try {
            // as a client does with a 503 and its Retry-After: the reset can lose a deadlock to a batch another node
            // is still finishing (the closing note of the content issue says more)
            Api.Response rebuild = api.post("/api/admin/projections/search/rebuild", null, admin);
            for (int retry = 0; retry < 3 && rebuild.status() == 503; retry++) {
                Thread.sleep(2_000);
                rebuild = api.post("/api/admin/projections/search/rebuild", null, admin);
            }
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            await(
                    "the rebuilt index answers searches",
                    Duration.ofSeconds(60),
                    () -> index.building() == null && !before.equals(index.liveIndex()));
            int afterSwap = counts.size();
            await("searches after the swap", Duration.ofSeconds(30), () -> counts.size() > afterSwap + 3);
        } finally {
            searching.set(false);
            loop.join();
        }

        assertThat(failures).isEmpty();
        assertThat(counts).isNotEmpty().allSatisfy(count -> assertThat(count).isEqualTo(3));
        assertThat(ids(found("q=" + w))).containsExactlyInAnyOrderElementsOf(stories);
        assertThat(elasticsearch
                        .indices()
                        .exists(e -> e.index(index.liveIndex()))
                        .value())
                .isTrue();
    }

    @Test
    void aDocumentElasticsearchRefusesIsParkedAndIndexedWhenRetried() throws Exception {
        String admin = adminToken();
        String w = word();
        String live = index.liveIndex();
        Story refused;
        elasticsearch.indices().putSettings(s -> s.index(live).settings(st -> st.blocks(b -> b.write(true))));
        try {
            refused = story(w + " blocked", "", "fantasy", List.of(), false, 10);
            await(
                    "the refused story is parked",
                    Duration.ofSeconds(60),
                    () -> api.get("/api/admin/projections/search/dead-letters", admin)
                            .raw()
                            .contains(refused.id()));
        } finally {
            elasticsearch.indices().putSettings(s -> s.index(live).settings(st -> st.blocks(b -> b.write(false))));
        }
        JsonNode letters = api.get("/api/admin/projections/search/dead-letters", admin)
                .body()
                .get("items");
        assertThat(letters.toString()).contains("DocumentRefused").contains("cluster_block_exception");
        Story accepted = story(w + " accepted", "", "fantasy", List.of(), false, 10);
        assertThat(ids(found("q=" + w))).containsExactly(accepted.id());

        Api.Response retried =
                api.post("/api/admin/projections/search/dead-letters/story:" + refused.id() + "/retry", null, admin);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(ids(found("q=" + w))).containsExactlyInAnyOrder(accepted.id(), refused.id());
    }
}
