package org.muejam.infra.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.muejam.infra.content.upcasting.SearchPerformedEventUpcaster;
import org.muejam.infra.content.upcasting.SearchResultClickedEventUpcaster;
import org.muejam.infra.reading.upcasting.ReadingListUpdatedEventUpcaster;
import org.muejam.shared.content.search.SearchPerformedEvent;
import org.muejam.shared.content.search.SearchResultClickedEvent;
import org.muejam.shared.reading.ReadingListUpdatedEvent;

/** Events stored before decision 0043 read back as their new revisions. */
class PersonalDataUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private Object upcast(EventUpcaster upcaster, Class<?> type, String revision, String json) {
        String id = UUID.randomUUID().toString();
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                null,
                id,
                0,
                id,
                Instant.parse("2026-01-02T03:04:05Z"),
                type.getName(),
                revision,
                json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(
                        Stream.of(new InitialEventRepresentation(entry, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation result = upcast.get(0);
        assertThat(result.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(new SimpleSerializedObject<>(
                result.getData(JsonNode.class).getData(), JsonNode.class, result.getType()));
    }

    @Test
    void aRevisionOneSearchReadsBackNamingNobodyWithTheQuerysFactsButNotItsText() {
        SearchPerformedEvent event =
                (SearchPerformedEvent) upcast(new SearchPerformedEventUpcaster(), SearchPerformedEvent.class, "1", """
                {"query":"ada lovelace 12 elm street","filters":"genre","sort":"relevance","results":4,
                 "searchedAt":"2026-01-02T03:04:05Z"}""");
        assertThat(event.searcherId()).isNull();
        assertThat(event.query()).isNull();
        assertThat(event.queryLength()).isEqualTo("ada lovelace 12 elm street".length());
        assertThat(event.queryWords()).isEqualTo(5);
        assertThat(event.filters()).isEqualTo("genre");
        assertThat(event.sort()).isEqualTo("relevance");
        assertThat(event.results()).isEqualTo(4);
        assertThat(event.searchedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aRevisionOneSearchWithoutWordsReadsBackAsEmpty() {
        SearchPerformedEvent event =
                (SearchPerformedEvent) upcast(new SearchPerformedEventUpcaster(), SearchPerformedEvent.class, "1", """
                {"query":"","filters":"","sort":"newest","results":0,"searchedAt":"2026-01-02T03:04:05Z"}""");
        assertThat(event.query()).isNull();
        assertThat(event.queryLength()).isZero();
        assertThat(event.queryWords()).isZero();
    }

    @Test
    void aRevisionOneClickReadsBackNamingNobodyWithTheQuerysFactsButNotItsText() {
        SearchResultClickedEvent event = (SearchResultClickedEvent)
                upcast(new SearchResultClickedEventUpcaster(), SearchResultClickedEvent.class, "1", """
                {"query":"émile 😀","storyId":"story:1","position":2,"clickedAt":"2026-01-02T03:04:05Z"}""");
        assertThat(event.searcherId()).isNull();
        assertThat(event.query()).isNull();
        assertThat(event.queryLength()).isEqualTo(7);
        assertThat(event.queryWords()).isEqualTo(2);
        assertThat(event.storyId()).isEqualTo("story:1");
        assertThat(event.position()).isEqualTo(2);
    }

    @Test
    void aRevisionOneReadingListChangeReadsBackWithoutItsOwnerAndAsItWasStored() {
        ReadingListUpdatedEvent event = (ReadingListUpdatedEvent)
                upcast(new ReadingListUpdatedEventUpcaster(), ReadingListUpdatedEvent.class, "1", """
                {"listId":"list:1","name":"Sea tales","description":"Salt","isPublic":true,
                 "updatedAt":"2026-01-02T03:04:05Z"}""");
        assertThat(event.ownerId()).isNull();
        assertThat(event.name()).isEqualTo("Sea tales");
        assertThat(event.description()).isEqualTo("Salt");
        assertThat(event.isPublic()).isTrue();
    }

    @Test
    void revisionTwoEventsAreLeftAsTheyAre() {
        String id = UUID.randomUUID().toString();
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                null,
                id,
                0,
                id,
                Instant.parse("2026-01-02T03:04:05Z"),
                SearchPerformedEvent.class.getName(),
                "2",
                "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation initial = new InitialEventRepresentation(entry, serializer);
        assertThat(new SearchPerformedEventUpcaster().upcast(Stream.of(initial)).toList())
                .containsExactly(initial);
    }
}
