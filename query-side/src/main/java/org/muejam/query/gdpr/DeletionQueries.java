package org.muejam.query.gdpr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.gdpr.DeletionRequestResponse;
import org.muejam.shared.gdpr.DeletionStatus;
import org.muejam.shared.gdpr.FindDeletionRequestQuery;
import org.muejam.shared.gdpr.FindPendingDeletionQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Deletion requests from the deletions read model. */
@Component
public class DeletionQueries {

    private static final String COLUMNS =
            "request_id, user_id, status, requested_at, scheduled_for, cancelled_at, completed_at, erased";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public DeletionQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** Read right after the request's own commands, so it waits (bounded) for the request's last event. */
    @QueryHandler
    public Optional<DeletionRequestResponse> handle(FindDeletionRequestQuery query) {
        if (query.requestId() == null) {
            return Optional.empty();
        }
        freshness.awaitAggregate(ReadModels.DELETIONS, query.requestId());
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM deletion_request WHERE request_id = ?",
                        DeletionQueries::map,
                        query.requestId())
                .stream()
                .findFirst();
    }

    @QueryHandler
    public Optional<DeletionRequestResponse> handle(FindPendingDeletionQuery query) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM deletion_request WHERE user_id = ? AND status = ?"
                                + " ORDER BY requested_at DESC LIMIT 1",
                        DeletionQueries::map,
                        query.userId(),
                        DeletionStatus.PENDING.name())
                .stream()
                .findFirst();
    }

    private static DeletionRequestResponse map(ResultSet rs, int row) throws SQLException {
        String erased = rs.getString(8);
        return new DeletionRequestResponse(
                rs.getString(1),
                rs.getString(2),
                DeletionStatus.valueOf(rs.getString(3)),
                instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)),
                erased == null || erased.isEmpty() ? List.of() : Arrays.asList(erased.split(",")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
