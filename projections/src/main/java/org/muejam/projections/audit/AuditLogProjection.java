package org.muejam.projections.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.muejam.shared.audit.AuditEntry;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One audit row for every event of the platform. The rows are derived from the append-only event log, so
 * the table is append-only too: a rebuild replays every event and re-adds only the rows that are missing.
 */
@Component
@ProcessingGroup(AuditLogProjection.NAME)
public class AuditLogProjection {

    public static final String NAME = ReadModels.AUDIT_LOG;
    public static final String RESULT_SUCCESS = "SUCCESS";

    /** Metadata keys shown in their own columns rather than in the metadata blob. */
    private static final Set<String> COLUMNS = Set.of(
            AuditMetadata.ACTOR_ID, AuditMetadata.IP_ADDRESS, AuditMetadata.USER_AGENT, AuditMetadata.SUBJECT_ID);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PersonalDataVault vault;

    public AuditLogProjection(JdbcTemplate jdbc, ObjectMapper json, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.json = json;
        this.vault = vault;
    }

    /**
     * The row's position is the event's own place in the log, read from the store: a tracking token only says how
     * far the projection has come, and an event that commits after a later one (filling a gap) would otherwise
     * take a position already used. Rows are keyed by the event, so a replay adds only what is missing.
     */
    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        long position = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class,
                message.getIdentifier());
        AuditEntry entry = entryFor(message, position);
        jdbc.update(
                """
                INSERT INTO audit_log (position, event_id, action_type, actor_id, subject_id, ip_address, user_agent,
                    resource_type, resource_id, result, metadata, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                entry.position(),
                entry.eventId(),
                entry.actionType(),
                entry.actorId(),
                entry.subjectId(),
                // kept under the person's key, like in the events: erasing the key forgets this copy too
                vault.seal(entry.subjectId(), entry.eventId() + ":ip", entry.ipAddress()),
                vault.seal(entry.subjectId(), entry.eventId() + ":ua", entry.userAgent()),
                entry.resourceType(),
                entry.resourceId(),
                entry.result(),
                json.writeValueAsString(entry.metadata()),
                Timestamp.from(entry.occurredAt()));
    }

    /** Who did what to which resource, from where and when: everything the audit view shows of an event. */
    public static AuditEntry entryFor(EventMessage<?> message, long position) {
        MetaData meta = message.getMetaData();
        String resourceType = null;
        String resourceId = null;
        if (message instanceof DomainEventMessage<?> domain) {
            resourceType = domain.getType();
            resourceId = domain.getAggregateIdentifier();
        }
        Map<String, Object> rest = new TreeMap<>();
        meta.forEach((key, value) -> {
            if (!COLUMNS.contains(key)) {
                rest.put(key, value);
            }
        });
        return new AuditEntry(
                message.getIdentifier(),
                position,
                actionType(message.getPayloadType()),
                text(meta.get(AuditMetadata.ACTOR_ID)),
                text(meta.get(AuditMetadata.SUBJECT_ID)),
                text(meta.get(AuditMetadata.IP_ADDRESS)),
                text(meta.get(AuditMetadata.USER_AGENT)),
                resourceType,
                resourceId,
                RESULT_SUCCESS,
                message.getTimestamp(),
                rest);
    }

    /** "UserRegisteredEvent" is shown as "UserRegistered". */
    static String actionType(Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
