package org.muejam.infra.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.muejam.infra.personaldata.SubjectKeyStore;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.shared.content.search.SearchPerformedEvent;
import org.muejam.shared.content.search.SearchResultClickedEvent;
import org.muejam.shared.personaldata.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * What a signed-in person searched for is their personal data (decision 0043): stored encrypted under their key,
 * shown in their history while they exist, and a placeholder for good once they are erased, the log unchanged.
 */
class SearchQueriesAreTheSearchersTest extends IntegrationTest {

    private static final List<String> SEARCH_EVENTS = List.of("SearchPerformedEvent", "SearchResultClickedEvent");

    @Autowired
    SubjectKeyStore keys;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void aSignedInSearchIsEncryptedUnderTheSearcherAndForgottenWithThem() {
        Person searcher = verifiedPerson("searcherase");
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // what a search for a neighbour looks like: a name and an address, as the search normalises it
        String query = "ada " + marker + " 12 elm street";
        assertThat(searcher.get("/api/search?q="
                                + URLEncoder.encode(" Ada  " + marker + " 12 Elm Street", StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        Api.Response click = searcher.post(
                "/api/search/clicks",
                Map.of("query", query, "storyId", "story:00000000-0000-4000-8000-000000000000", "position", 3));
        assertThat(click.status()).as(click.toString()).isEqualTo(202);

        List<Map<String, Object>> stored = storedSearches(searcher);
        assertThat(stored).hasSize(2);
        for (Map<String, Object> row : stored) {
            String bytes = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)
                    + new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8);
            assertThat(bytes)
                    .doesNotContain(marker)
                    .doesNotContain("elm street")
                    .doesNotContain("ada ");
        }
        SearchPerformedEvent performed = (SearchPerformedEvent) read(stored.get(0));
        assertThat(performed.query()).isEqualTo(query);
        assertThat(performed.searcherId().value()).isEqualTo(searcher.userId());
        assertThat(performed.queryWords()).isEqualTo(5);
        assertThat(performed.queryLength()).isEqualTo(query.length());
        SearchResultClickedEvent clicked = (SearchResultClickedEvent) read(stored.get(1));
        assertThat(clicked.query()).isEqualTo(query);
        assertThat(clicked.position()).isEqualTo(3);

        String admin = adminToken();
        await(
                "the searches are among the searcher's events",
                Duration.ofSeconds(30),
                () -> searches(admin, searcher).size() == 2);
        assertThat(searches(admin, searcher))
                .allSatisfy(event ->
                        assertThat(event.get("payload").get("query").asText()).isEqualTo(query));

        assertThat(keys.erase(searcher.userId())).isTrue();

        assertThat(storedSearches(searcher)).usingRecursiveComparison().isEqualTo(stored);
        List<JsonNode> forgotten = searches(admin, searcher);
        assertThat(forgotten).hasSize(2).allSatisfy(event -> {
            assertThat(event.get("payload").get("query").asText()).isEqualTo(PersonalData.ERASED);
            assertThat(event.get("payload").get("queryWords").asInt()).isEqualTo(5);
        });
        SearchPerformedEvent erased = (SearchPerformedEvent) read(stored.get(0));
        assertThat(erased.query()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.queryLength()).isEqualTo(query.length());
        assertThat(erased.results()).isEqualTo(performed.results());
        assertThat(((SearchResultClickedEvent) read(stored.get(1))).query()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void aSearchByNobodySignedInKeepsOnlyTheQuerysLengthAndWords() {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long before = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        Api anonymous = new Api(port, json, Api.nextClientIp());
        assertThat(anonymous.get("/api/search?q=grace+" + marker, null).status())
                .isEqualTo(200);
        Api.Response click = anonymous.post(
                "/api/search/clicks",
                Map.of(
                        "query",
                        "Grace " + marker,
                        "storyId",
                        "story:00000000-0000-4000-8000-000000000000",
                        "position",
                        0),
                null);
        assertThat(click.status()).as(click.toString()).isEqualTo(202);

        List<Map<String, Object>> stored = jdbc.queryForList(
                """
                SELECT * FROM domain_event_entry WHERE global_index > ? AND payload_type IN (?, ?)
                    ORDER BY global_index""", before, SearchPerformedEvent.class.getName(), SearchResultClickedEvent.class.getName());
        assertThat(stored).hasSize(2);
        for (Map<String, Object> row : stored) {
            assertThat(new String((byte[]) row.get("payload"), StandardCharsets.UTF_8))
                    .doesNotContain(marker);
        }
        SearchPerformedEvent performed = (SearchPerformedEvent) read(stored.get(0));
        assertThat(performed.searcherId()).isNull();
        assertThat(performed.query()).isNull();
        assertThat(performed.queryWords()).isEqualTo(2);
        assertThat(performed.queryLength()).isEqualTo(("grace " + marker).length());
        SearchResultClickedEvent clicked = (SearchResultClickedEvent) read(stored.get(1));
        assertThat(clicked.searcherId()).isNull();
        assertThat(clicked.query()).isNull();
        assertThat(clicked.queryWords()).isEqualTo(2);
    }

    private List<Map<String, Object>> storedSearches(Person searcher) {
        return jdbc.queryForList(
                """
                SELECT * FROM domain_event_entry WHERE payload_type IN (?, ?)
                    AND convert_from(payload, 'UTF8') LIKE ? ORDER BY global_index""",
                SearchPerformedEvent.class.getName(),
                SearchResultClickedEvent.class.getName(),
                "%\"searcherId\":\"" + searcher.userId() + "\"%");
    }

    private Object read(Map<String, Object> row) {
        return serializer.deserialize(new SimpleSerializedObject<>(
                (byte[]) row.get("payload"), byte[].class, (String) row.get("payload_type"), (String)
                        row.get("payload_revision")));
    }

    /** The searcher's search events as the administrators' history of the person shows them. */
    private List<JsonNode> searches(String admin, Person searcher) {
        Api.Response history = api.get("/api/admin/history/subjects/" + searcher.userId(), admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode event : history.body()) {
            if (SEARCH_EVENTS.contains(event.get("eventType").asText())) {
                found.add(event);
            }
        }
        return found;
    }
}
