package org.muejam.projections.gdpr;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.gdpr.DataExportExpiredEvent;
import org.muejam.shared.gdpr.DataExportReadyEvent;
import org.muejam.shared.gdpr.DataExportRequestedEvent;
import org.muejam.shared.gdpr.DataExportStatus;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each data export's state, file and link's end. Upserts by key only, so a replay rewrites every row in place. */
@Component
@ProcessingGroup(DataExportProjection.NAME)
public class DataExportProjection {

    public static final String NAME = ReadModels.DATA_EXPORTS;

    private final JdbcTemplate jdbc;

    public DataExportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DataExportRequestedEvent event) {
        jdbc.update(
                """
                INSERT INTO data_export (export_id, user_id, status, requested_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (export_id) DO UPDATE SET user_id = excluded.user_id, requested_at = excluded.requested_at,
                    status = excluded.status, ready_at = NULL, expires_at = NULL, file_key = NULL, size_bytes = NULL""",
                event.exportId(),
                event.userId(),
                DataExportStatus.PENDING.name(),
                Timestamp.from(event.requestedAt()));
    }

    @EventHandler
    void on(DataExportReadyEvent event) {
        jdbc.update(
                """
                UPDATE data_export SET status = ?, ready_at = ?, expires_at = ?, file_key = ?, size_bytes = ?
                WHERE export_id = ?""",
                DataExportStatus.READY.name(),
                Timestamp.from(event.readyAt()),
                Timestamp.from(event.expiresAt()),
                event.fileKey(),
                event.sizeBytes(),
                event.exportId());
    }

    @EventHandler
    void on(DataExportExpiredEvent event) {
        jdbc.update(
                "UPDATE data_export SET status = ?, file_key = NULL WHERE export_id = ?",
                DataExportStatus.EXPIRED.name(),
                event.exportId());
    }
}
