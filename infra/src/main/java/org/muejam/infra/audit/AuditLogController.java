package org.muejam.infra.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.audit.AuditEntry;
import org.muejam.shared.audit.ListAuditEntriesQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit view for compliance staff: every event of the platform, newest first, filtered and paged by cursor. */
@Tag(name = "audit")
@RestController
@ReadsFrom(ReadModels.AUDIT_LOG)
@RequestMapping("/api/admin/audit-logs")
public class AuditLogController {

    public record AuditPage(List<AuditEntry> items, String nextCursor) {}

    private static final int MAX_LIMIT = 500;

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final QueryGateway queries;

    public AuditLogController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "listAuditLog", summary = "The audit log, newest first, filtered and paged by cursor")
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
        Instant fromInstant = from != null && !from.isBlank() ? instant("from", from, false) : null;
        Instant toInstant = to != null && !to.isBlank() ? instant("to", to, true) : null;
        Long before = cursor != null && !cursor.isBlank() ? decodeCursor(cursor) : null;
        List<AuditEntry> rows = Queries.ask(
                queries,
                new ListAuditEntriesQuery(
                        userId, actionType, resourceType, resourceId, fromInstant, toInstant, before, limit + 1),
                ResponseTypes.multipleInstancesOf(AuditEntry.class));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = encodeCursor(rows.get(limit - 1).position());
        }
        return new AuditPage(rows, next);
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
