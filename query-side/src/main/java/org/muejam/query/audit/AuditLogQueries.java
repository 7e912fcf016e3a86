package org.muejam.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.shared.audit.AuditEntry;
import org.muejam.shared.audit.ListAuditEntriesQuery;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers from the audit-log read model; the personal columns are opened with the person's key. */
@Component
public class AuditLogQueries {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PersonalDataVault vault;

    public AuditLogQueries(JdbcTemplate jdbc, ObjectMapper json, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.json = json;
        this.vault = vault;
    }

    @QueryHandler
    public List<AuditEntry> handle(ListAuditEntriesQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE TRUE");
        List<Object> args = new ArrayList<>();
        String userId = query.userId();
        if (userId != null && !userId.isBlank()) {
            sql.append(" AND (actor_id = ? OR subject_id = ? OR (resource_type = 'UserAccount' AND resource_id = ?))");
            args.add(userId);
            args.add(userId);
            args.add(userId);
        }
        condition(sql, args, "action_type = ?", query.actionType());
        condition(sql, args, "resource_type = ?", query.resourceType());
        condition(sql, args, "resource_id = ?", query.resourceId());
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        if (query.beforePosition() != null) {
            sql.append(" AND position < ?");
            args.add(query.beforePosition());
        }
        sql.append(" ORDER BY position DESC LIMIT ?");
        args.add(query.limit());
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new AuditEntry(
                        rs.getString("event_id"),
                        rs.getLong("position"),
                        rs.getString("action_type"),
                        rs.getString("actor_id"),
                        rs.getString("subject_id"),
                        vault.open(rs.getString("subject_id"), rs.getString("ip_address")),
                        vault.open(rs.getString("subject_id"), rs.getString("user_agent")),
                        rs.getString("resource_type"),
                        rs.getString("resource_id"),
                        rs.getString("result"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        parse(rs.getString("metadata"))),
                args.toArray());
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(clause);
            args.add(value);
        }
    }

    private Map<String, Object> parse(String metadata) {
        try {
            return json.readValue(metadata, MAP);
        } catch (Exception e) {
            return Map.of("raw", metadata);
        }
    }
}
