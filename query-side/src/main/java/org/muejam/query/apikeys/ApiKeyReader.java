package org.muejam.query.apikeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the api-keys read model. */
@Component
public class ApiKeyReader {

    /** A key as stored: hashes of its secrets, never the secrets. */
    public record ApiKeyView(
            String id,
            String ownerId,
            String name,
            String secretHash,
            String previousSecretHash,
            Instant previousValidUntil,
            Instant expiresAt,
            Instant createdAt,
            Instant rotatedAt,
            Instant revokedAt) {

        public boolean expired(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }

        public String status(Instant now) {
            return revokedAt != null ? "revoked" : expired(now) ? "expired" : "active";
        }
    }

    private static final String COLUMNS = "key_id, owner_id, name, secret_hash, previous_secret_hash, "
            + "previous_valid_until, expires_at, created_at, rotated_at, revoked_at";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public ApiKeyReader(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** The key as its last stored event left it: a new key works, and a revoked one stops, at once. */
    public Optional<ApiKeyView> byId(String keyId) {
        freshness.awaitAggregate(ReadModels.API_KEYS, keyId);
        return jdbc.query("SELECT " + COLUMNS + " FROM api_key WHERE key_id = ?", ApiKeyReader::map, keyId).stream()
                .findFirst();
    }

    public List<ApiKeyView> byOwner(String ownerId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM api_key WHERE owner_id = ? ORDER BY created_at, key_id",
                ApiKeyReader::map,
                ownerId);
    }

    private static ApiKeyView map(ResultSet rs, int row) throws SQLException {
        return new ApiKeyView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
