package org.muejam.query.apikeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.FindApiKeyQuery;
import org.muejam.shared.apikeys.ListApiKeysQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers from the api-keys read model. */
@Component
public class ApiKeyQueries {

    private static final String COLUMNS = "key_id, owner_id, name, secret_hash, previous_secret_hash, "
            + "previous_valid_until, expires_at, created_at, rotated_at, revoked_at";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public ApiKeyQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** The key as its last stored event left it: a new key works, and a revoked one stops, at once. */
    @QueryHandler
    public Optional<ApiKeyResponse> handle(FindApiKeyQuery query) {
        freshness.awaitAggregate(ReadModels.API_KEYS, query.keyId());
        return jdbc
                .query("SELECT " + COLUMNS + " FROM api_key WHERE key_id = ?", ApiKeyQueries::map, query.keyId())
                .stream()
                .findFirst();
    }

    @QueryHandler
    public List<ApiKeyResponse> handle(ListApiKeysQuery query) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM api_key WHERE owner_id = ? ORDER BY created_at, key_id",
                ApiKeyQueries::map,
                query.ownerId());
    }

    private static ApiKeyResponse map(ResultSet rs, int row) throws SQLException {
        return new ApiKeyResponse(
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
