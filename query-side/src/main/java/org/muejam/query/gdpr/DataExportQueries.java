package org.muejam.query.gdpr;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.gdpr.DataExportResponse;
import org.muejam.shared.gdpr.DataExportStatus;
import org.muejam.shared.gdpr.FindDataExportQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** An export from the data-exports read model, with the progress its processor reported while building it. */
@Component
public class DataExportQueries {

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public DataExportQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    @QueryHandler
    public Optional<DataExportResponse> handle(FindDataExportQuery query) {
        freshness.awaitAggregate(ReadModels.DATA_EXPORTS, query.exportId());
        return jdbc
                .query(
                        """
                        SELECT e.export_id, e.user_id, e.status, p.progress, e.requested_at, e.ready_at,
                               e.expires_at, e.file_key, e.size_bytes
                        FROM data_export e LEFT JOIN data_export_progress p ON p.export_id = e.export_id
                        WHERE e.export_id = ?""",
                        (rs, row) -> {
                            DataExportStatus status = DataExportStatus.valueOf(rs.getString(3));
                            int progress =
                                    status == DataExportStatus.PENDING ? Math.min(99, Math.max(0, rs.getInt(4))) : 100;
                            Long size = rs.getObject(9) == null ? null : rs.getLong(9);
                            return new DataExportResponse(
                                    rs.getString(1),
                                    rs.getString(2),
                                    status,
                                    progress,
                                    instant(rs.getTimestamp(5)),
                                    instant(rs.getTimestamp(6)),
                                    instant(rs.getTimestamp(7)),
                                    rs.getString(8),
                                    size);
                        },
                        query.exportId())
                .stream()
                .findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
