package org.muejam.infra.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.muejam.command.apikeys.ApiKey;
import org.muejam.command.identity.TwoFactorAuthentication;
import org.muejam.command.identity.UserAccount;
import org.muejam.command.legal.CookieConsent;
import org.muejam.command.legal.LegalDocumentSeries;
import org.muejam.command.operations.Projection;
import org.muejam.query.shared.Problems;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Event history for audits: an aggregate's whole stream, its state as of an instant (rebuilt from its events),
 * and everything by or about one person. Streams are written as they are read, as a JSON array or as NDJSON
 * when the client accepts application/x-ndjson. Values marked {@code @Secret} are shown redacted in every view.
 */
@RestController
@RequestMapping("/api/admin/history")
public class HistoryController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final Map<String, Class<?>> AGGREGATES = Map.of(
            "UserAccount", UserAccount.class,
            "LegalDocumentSeries", LegalDocumentSeries.class,
            "CookieConsent", CookieConsent.class,
            "ApiKey", ApiKey.class,
            "TwoFactorAuthentication", TwoFactorAuthentication.class,
            "Projection", Projection.class);
    private static final int PAGE = 500;

    private final EventStore events;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SecretRedactor redactor;

    public HistoryController(
            EventStore events,
            @Qualifier("eventSerializer") Serializer serializer,
            JdbcTemplate jdbc,
            ObjectMapper json) {
        this.events = events;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.json = json.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        ObjectMapper stateMapper = json.copy()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        this.redactor = new SecretRedactor(this.json, stateMapper);
    }

    @GetMapping(value = "/aggregates/{type}/{id}", params = "asOf")
    public Map<String, Object> aggregateAsOf(
            @PathVariable String type, @PathVariable String id, @RequestParam String asOf) {
        Instant instant = instant(asOf);
        String aggregateType = aggregateType(type);
        return stateAsOf(aggregateType, id, stream(aggregateType, id), instant);
    }

    @GetMapping("/aggregates/{type}/{id}")
    public ResponseEntity<StreamingResponseBody> aggregate(
            @PathVariable String type,
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        DomainEventStream stream = stream(aggregateType(type), id);
        boolean ndjson = accept != null && accept.contains(NDJSON.toString());
        StreamingResponseBody body = out -> write(out, ndjson, writer -> {
            while (stream.hasNext()) {
                writer.item(view(stream.next()));
            }
        });
        return ResponseEntity.ok()
                .contentType(ndjson ? NDJSON : MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static String aggregateType(String type) {
        return AGGREGATES.keySet().stream()
                .filter(t -> t.equalsIgnoreCase(type))
                .findFirst()
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "unknown-aggregate-type",
                        "unknown aggregate type '" + type + "'; known: " + String.join(", ", AGGREGATES.keySet())));
    }

    private DomainEventStream stream(String aggregateType, String id) {
        DomainEventStream stream = events.readEvents(id);
        if (!stream.hasNext() || !aggregateType.equals(stream.peek().getType())) {
            throw problem(HttpStatus.NOT_FOUND, "aggregate-not-found", "no " + aggregateType + " with id " + id);
        }
        return stream;
    }

    /** Every event by or about the person (as actor, as data subject, or on their account), in log order. */
    @GetMapping("/subjects/{userId}")
    public ResponseEntity<StreamingResponseBody> subject(
            @PathVariable String userId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean ndjson = accept != null && accept.contains(NDJSON.toString());
        StreamingResponseBody body = out -> write(out, ndjson, writer -> {
            long after = -1;
            while (true) {
                List<Long> positions = jdbc.queryForList("""
                        SELECT position FROM audit_log
                        WHERE (actor_id = ? OR subject_id = ? OR (resource_type = 'UserAccount' AND resource_id = ?))
                          AND position > ? ORDER BY position LIMIT ?""", Long.class, userId, userId, userId, after, PAGE);
                if (positions.isEmpty()) {
                    return;
                }
                for (Map<String, Object> view : rowsAt(positions)) {
                    writer.item(view);
                }
                after = positions.get(positions.size() - 1);
            }
        });
        return ResponseEntity.ok()
                .contentType(ndjson ? NDJSON : MediaType.APPLICATION_JSON)
                .body(body);
    }

    private List<Map<String, Object>> rowsAt(List<Long> positions) {
        String in = String.join(",", positions.stream().map(p -> "?").toList());
        return jdbc.query(
                "SELECT * FROM domain_event_entry WHERE global_index IN (" + in + ") ORDER BY global_index",
                (rs, i) -> {
                    Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                            rs.getBytes("payload"),
                            byte[].class,
                            rs.getString("payload_type"),
                            rs.getString("payload_revision")));
                    byte[] meta = rs.getBytes("meta_data");
                    Object metaData = meta == null
                            ? MetaData.emptyInstance()
                            : serializer.deserialize(
                                    new SimpleSerializedObject<>(meta, byte[].class, MetaData.class.getName(), null));
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("globalIndex", rs.getLong("global_index"));
                    view.put("eventId", rs.getString("event_identifier"));
                    view.put("aggregateType", rs.getString("type"));
                    view.put("aggregateId", rs.getString("aggregate_identifier"));
                    view.put("sequenceNumber", rs.getLong("sequence_number"));
                    view.put("eventType", payload.getClass().getSimpleName());
                    view.put("revision", rs.getString("payload_revision"));
                    view.put("occurredAt", rs.getString("time_stamp"));
                    view.put("payload", redactor.payload(payload));
                    view.put("metadata", metaData);
                    return view;
                },
                positions.toArray());
    }

    private Map<String, Object> view(DomainEventMessage<?> event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("eventId", event.getIdentifier());
        view.put("aggregateType", event.getType());
        view.put("aggregateId", event.getAggregateIdentifier());
        view.put("sequenceNumber", event.getSequenceNumber());
        view.put("eventType", event.getPayloadType().getSimpleName());
        view.put("occurredAt", event.getTimestamp());
        view.put("payload", redactor.payload(event.getPayload()));
        view.put("metadata", event.getMetaData());
        return view;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Object> stateAsOf(String aggregateType, String id, DomainEventStream stream, Instant asOf) {
        Class<?> type = AGGREGATES.get(aggregateType);
        AggregateModel model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        Object aggregate;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            aggregate = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be instantiated for replay", e);
        }
        long version = -1;
        Instant lastEventAt = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            model.publish(event, aggregate);
            version = event.getSequenceNumber();
            lastEventAt = event.getTimestamp();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("aggregateType", aggregateType);
        result.put("aggregateId", id);
        result.put("asOf", asOf);
        result.put("existed", version >= 0);
        result.put("version", version);
        result.put("lastEventAt", lastEventAt);
        result.put("state", version >= 0 ? redactor.state(aggregate) : null);
        return result;
    }

    private interface ItemSink {
        void item(Object item) throws IOException;
    }

    private interface Producer {
        void produce(ItemSink sink) throws IOException;
    }

    private void write(OutputStream out, boolean ndjson, Producer producer) throws IOException {
        if (ndjson) {
            producer.produce(item -> {
                out.write(json.writeValueAsBytes(item));
                out.write('\n');
            });
            out.flush();
            return;
        }
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartArray();
            producer.produce(item -> json.writeValue(generator, item));
            generator.writeEndArray();
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "asOf must be an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                    "asOf");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return Problems.of(status, type, detail);
    }
}
