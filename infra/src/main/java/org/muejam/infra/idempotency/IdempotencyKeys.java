package org.muejam.infra.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The idempotency_key table: who used which key for what request, and the answer it got. */
public class IdempotencyKeys {

    /** A key's row: the request that first used it and, once that request has completed, its answer. */
    public record Stored(
            String fingerprint, UUID requestToken, Integer status, Map<String, String> headers, byte[] body) {
        public boolean answered() {
            return status != null;
        }
    }

    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public IdempotencyKeys(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The key's row unless it is older than the cutoff: an expired key counts as never used. */
    public Optional<Stored> find(String scope, String key, Instant cutoff) {
        List<Stored> rows = jdbc.query(
                """
                SELECT fingerprint, request_token, response_status, response_headers, response_body
                  FROM idempotency_key WHERE scope = ? AND idempotency_key = ? AND created_at >= ?""",
                (rs, n) -> new Stored(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        (Integer) rs.getObject(3),
                        readHeaders(rs.getString(4)),
                        rs.getBytes(5)),
                scope,
                key,
                at(cutoff));
        return rows.stream().findFirst();
    }

    /**
     * Records the key for this request. Called inside the command's transaction, so the row commits with the
     * command's events or not at all. A concurrent request with the same key waits here on the unique key until the
     * first commits (then it is refused) or rolls back (then it takes the key). An expired row is taken over; the
     * request's own row, written by an earlier command of the same request, is accepted.
     *
     * @throws IdempotencyKeyInUse when another request holds the key
     */
    public void claim(IdempotencyClaim claim, Instant now, Instant cutoff) {
        int taken = jdbc.update(
                """
                INSERT INTO idempotency_key (scope, idempotency_key, fingerprint, request_token, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (scope, idempotency_key) DO UPDATE
                   SET fingerprint = EXCLUDED.fingerprint, request_token = EXCLUDED.request_token,
                       created_at = EXCLUDED.created_at, response_status = NULL, response_headers = NULL,
                       response_body = NULL, completed_at = NULL
                 WHERE idempotency_key.created_at < ?""", claim.scope(), claim.key(), claim.fingerprint(), claim.requestToken(), at(now), at(cutoff));
        if (taken == 1) {
            return;
        }
        List<UUID> holder = jdbc.queryForList(
                "SELECT request_token FROM idempotency_key WHERE scope = ? AND idempotency_key = ?",
                UUID.class,
                claim.scope(),
                claim.key());
        if (!holder.equals(List.of(claim.requestToken()))) {
            throw new IdempotencyKeyInUse();
        }
    }

    /**
     * Keeps the answer of a request on its key's row, if the request recorded the key (that is, stored changes).
     *
     * @return whether the answer was kept
     */
    public boolean answer(IdempotencyClaim claim, int status, Map<String, String> headers, byte[] body, Instant now) {
        return jdbc.update(
                        """
                UPDATE idempotency_key
                   SET response_status = ?, response_headers = ?, response_body = ?, completed_at = ?
                 WHERE scope = ? AND idempotency_key = ? AND request_token = ? AND response_status IS NULL""",
                        status,
                        writeHeaders(headers),
                        body,
                        at(now),
                        claim.scope(),
                        claim.key(),
                        claim.requestToken())
                == 1;
    }

    /** Deletes the keys older than the cutoff; returns how many. */
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", at(cutoff));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String writeHeaders(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response headers cannot be written as JSON", e);
        }
    }

    private Map<String, String> readHeaders(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response headers are not JSON", e);
        }
    }
}
