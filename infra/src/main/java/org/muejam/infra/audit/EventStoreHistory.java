package org.muejam.infra.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.muejam.command.audit.application.AggregateReplay;
import org.muejam.infra.web.Problems;
import org.muejam.shared.audit.AggregateStateResponse;
import org.muejam.shared.audit.AuditEventsResponse;
import org.muejam.shared.audit.FindAggregateStateQuery;
import org.muejam.shared.audit.ListAggregateEventsQuery;
import org.muejam.shared.audit.ListSubjectEventsQuery;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Event history for audits, from the event store itself rather than a read model: an aggregate's whole stream, its
 * state as of an instant, and everything by or about one person. Values marked {@code @Secret} are redacted.
 */
@Component
public class EventStoreHistory {

    private static final int PAGE = 500;
    private static final String SUBJECT_POSITIONS = """
            SELECT position FROM audit_log
            WHERE (actor_id = ? OR subject_id = ? OR (resource_type = 'UserAccount' AND resource_id = ?))
              AND position > ? ORDER BY position LIMIT ?""";

    private final EventStore events;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    private final AggregateReplay replay;
    private final SecretRedactor redactor;

    public EventStoreHistory(
            EventStore events,
            @Qualifier("eventSerializer") Serializer serializer,
            JdbcTemplate jdbc,
            ObjectMapper json,
            AggregateReplay replay) {
        this.events = events;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.replay = replay;
        ObjectMapper payloadMapper = json.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        ObjectMapper stateMapper = json.copy()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        this.redactor = new SecretRedactor(payloadMapper, stateMapper);
    }

    @QueryHandler
    public AuditEventsResponse handle(ListAggregateEventsQuery query) {
        DomainEventStream stream = stream(aggregateType(query.aggregateType()), query.aggregateId());
        return new AuditEventsResponse(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stream.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                return view(stream.next());
            }
        });
    }

    @QueryHandler
    public AggregateStateResponse handle(FindAggregateStateQuery query) {
        String aggregateType = aggregateType(query.aggregateType());
        AggregateReplay.Replayed replayed =
                replay.replay(aggregateType, stream(aggregateType, query.aggregateId()), query.asOf());
        return new AggregateStateResponse(
                aggregateType,
                query.aggregateId(),
                query.asOf(),
                replayed.version() >= 0,
                replayed.version(),
                replayed.lastEventAt(),
                replayed.state() == null ? null : redactor.state(replayed.state()));
    }

    /** Pages through the audit log's positions as the answer is walked, then reads those events from the store. */
    @QueryHandler
    public AuditEventsResponse handle(ListSubjectEventsQuery query) {
        String userId = query.userId();
        return new AuditEventsResponse(new Iterator<>() {
            private long after = -1;
            private Iterator<Map<String, Object>> page = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !exhausted) {
                    List<Long> positions =
                            jdbc.queryForList(SUBJECT_POSITIONS, Long.class, userId, userId, userId, after, PAGE);
                    if (positions.isEmpty()) {
                        exhausted = true;
                    } else {
                        page = rowsAt(positions).iterator();
                        after = positions.get(positions.size() - 1);
                    }
                }
                return page.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        });
    }

    private String aggregateType(String type) {
        return replay.typeNamed(type)
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "unknown-aggregate-type",
                        "unknown aggregate type '" + type + "'; known: " + String.join(", ", replay.types())));
    }

    private DomainEventStream stream(String aggregateType, String id) {
        DomainEventStream stream = events.readEvents(id);
        if (!stream.hasNext() || !aggregateType.equals(stream.peek().getType())) {
            throw problem(HttpStatus.NOT_FOUND, "aggregate-not-found", "no " + aggregateType + " with id " + id);
        }
        return stream;
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

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return Problems.of(status, type, detail);
    }
}
