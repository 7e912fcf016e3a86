package org.muejam.projections.gdpr;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.gdpr.AccountDeletionCancelledEvent;
import org.muejam.shared.gdpr.AccountDeletionCompletedEvent;
import org.muejam.shared.gdpr.AccountDeletionDueEvent;
import org.muejam.shared.gdpr.AccountDeletionRequestedEvent;
import org.muejam.shared.gdpr.DeletionStatus;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Deletion requests and their receipts. Upserts and updates in event order: a replay writes the same rows. */
@Component
@ProcessingGroup(DeletionRequestProjection.NAME)
public class DeletionRequestProjection {

    public static final String NAME = ReadModels.DELETIONS;

    private final JdbcTemplate jdbc;

    public DeletionRequestProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountDeletionRequestedEvent event) {
        jdbc.update(
                """
                INSERT INTO deletion_request (request_id, user_id, status, requested_at, scheduled_for)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (request_id) DO UPDATE SET user_id = excluded.user_id,
                    requested_at = excluded.requested_at, scheduled_for = excluded.scheduled_for""",
                event.requestId(),
                event.userId().value(),
                DeletionStatus.PENDING.name(),
                Timestamp.from(event.requestedAt()),
                Timestamp.from(event.scheduledFor()));
    }

    @EventHandler
    void on(AccountDeletionCancelledEvent event) {
        jdbc.update(
                "UPDATE deletion_request SET status = ?, cancelled_at = ? WHERE request_id = ?",
                DeletionStatus.CANCELLED.name(),
                Timestamp.from(event.cancelledAt()),
                event.requestId());
    }

    @EventHandler
    void on(AccountDeletionDueEvent event) {
        jdbc.update(
                "UPDATE deletion_request SET due_at = ? WHERE request_id = ?",
                Timestamp.from(event.dueAt()),
                event.requestId());
    }

    @EventHandler
    void on(AccountDeletionCompletedEvent event) {
        jdbc.update(
                "UPDATE deletion_request SET status = ?, completed_at = ?, erased = ? WHERE request_id = ?",
                DeletionStatus.COMPLETED.name(),
                Timestamp.from(event.completedAt()),
                String.join(",", event.erased()),
                event.requestId());
    }
}
