package org.muejam.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.muejam.query.shared.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit view for compliance staff: every event of the platform, newest first, filtered and paged by cursor. */
@RestController
@ReadsFrom(ReadModels.AUDIT_LOG)
@RequestMapping("/api/admin/audit-logs")
public class AuditLogController {

    public record AuditEntry(
            String eventId,
            long position,
            String actionType,
            String actorId,
            String subjectId,
            String ipAddress,
            String userAgent,
            String resourceType,
            String resourceId,
            String result,
            Instant occurredAt,
            Map<String, Object> metadata) {}

    public record AuditPage(List<AuditEntry> items, String nextCursor) {}

    private static final int MAX_LIMIT = 500;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PersonalDataVault vault;

    public AuditLogController(JdbcTemplate jdbc, ObjectMapper json, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.json = json;
        this.vault = vault;
    }

    @GetMapping
    public AuditPage list(
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) String actionType,
            @RequestParam(required = false) String resourceType,
            @RequestParam(required = false) String resourceId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (userId != null && !userId.isBlank()) {
            sql.append(" AND (actor_id = ? OR subject_id = ? OR (resource_type = 'UserAccount' AND resource_id = ?))");
            args.add(userId);
            args.add(userId);
            args.add(userId);
        }
        condition(sql, args, "action_type = ?", actionType);
        condition(sql, args, "resource_type = ?", resourceType);
        condition(sql, args, "resource_id = ?", resourceId);
        if (from != null && !from.isBlank()) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(instant("from", from, false)));
        }
        if (to != null && !to.isBlank()) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(instant("to", to, true)));
        }
        if (cursor != null && !cursor.isBlank()) {
            sql.append(" AND position < ?");
            args.add(decodeCursor(cursor));
        }
        sql.append(" ORDER BY position DESC LIMIT ?");
        args.add(limit + 1);
        List<AuditEntry> rows = jdbc.query(
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
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = encodeCursor(rows.get(limit - 1).position());
        }
        return new AuditPage(rows, next);
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(clause);
            args.add(value);
        }
    }

    /** Accepts an instant (2026-01-01T00:00:00Z) or a date; a date in "to" includes that whole day. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                instant = (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeException notDate) {
                throw badRequest(name, name + " must be an ISO-8601 instant or date");
            }
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw badRequest(name, name + " must lie between 1970 and 9999");
        }
        return instant;
    }

    private Map<String, Object> parse(String metadata) {
        try {
            return json.readValue(metadata, MAP);
        } catch (Exception e) {
            return Map.of("raw", metadata);
        }
    }

    static String encodeCursor(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("p:" + position).getBytes(StandardCharsets.UTF_8));
    }

    static long decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("p:")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(text.substring(2));
        } catch (IllegalArgumentException e) {
            throw badRequest("cursor", "cursor is not one this endpoint gave out");
        }
    }

    private static ErrorResponseException badRequest(String field, String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", detail, field);
    }
}
