package org.muejam.command.gdpr;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.gdpr.CompleteDataExportCommand;
import org.muejam.shared.gdpr.DataExportExpiredEvent;
import org.muejam.shared.gdpr.DataExportReadyEvent;
import org.muejam.shared.gdpr.DataExportRequestedEvent;
import org.muejam.shared.gdpr.DataExportStatus;
import org.muejam.shared.gdpr.GdprIds;
import org.muejam.shared.gdpr.RequestDataExportCommand;

/**
 * A data export ({@code export:<uuid>}): asked for by a person (at most once per 24 hours), built by the export
 * processor, then downloadable until its link runs out, a durable deadline after which the file is gone. Every step
 * is an event, so every export is in the audit trail.
 */
@Aggregate
public class DataExport {

    @AggregateIdentifier
    private String exportId;

    private String userId;
    private DataExportStatus status;
    private String fileKey;
    private Instant expiresAt;

    protected DataExport() {
        // for Axon
    }

    @CommandHandler
    public DataExport(RequestDataExportCommand command, Clock clock, ExportAllowance allowance) {
        if (!GdprIds.isExport(command.exportId())) {
            throw DomainRuleViolation.invalid("invalid-export-id", null, "an export id is export:<uuid>");
        }
        if (command.requestedBy() == null) {
            throw DomainRuleViolation.invalid("requester-required", null, "an export names the person it is for");
        }
        Instant now = clock.instant();
        Optional<Instant> refused = allowance.take(command.requestedBy(), now, DataExportPolicy.INTERVAL);
        if (refused.isPresent()) {
            throw DataExportPolicy.rateLimited(refused.get());
        }
        apply(new DataExportRequestedEvent(
                command.exportId(), command.requestedBy().value(), now));
    }

    /** The file is stored: the export is READY until its link runs out, a deadline kept in PostgreSQL. */
    @CommandHandler
    public void handle(CompleteDataExportCommand command, Clock clock, DeadlineManager deadlines) {
        if (status != DataExportStatus.PENDING) {
            // built twice (a retried batch): the first file stands
            return;
        }
        Duration validFor = DataExportPolicy.requireValidity(command.validFor());
        if (command.fileKey() == null || command.fileKey().isBlank()) {
            throw DomainRuleViolation.invalid("file-key-required", null, "a ready export names its file");
        }
        if (command.sizeBytes() < 0) {
            throw DomainRuleViolation.invalid("invalid-export-size", null, "a file's size is 0 or more");
        }
        Instant now = clock.instant();
        Instant until = now.plus(validFor);
        apply(new DataExportReadyEvent(exportId, userId, command.fileKey(), command.sizeBytes(), now, until), system());
        deadlines.schedule(until, DataExportExpires.NAME, new DataExportExpires(exportId, until));
    }

    /** The link ran out: recorded once, by the system. */
    @DeadlineHandler(deadlineName = DataExportExpires.NAME)
    void on(DataExportExpires deadline, Clock clock) {
        if (status != DataExportStatus.READY || !deadline.expiresAt().equals(expiresAt)) {
            return;
        }
        apply(new DataExportExpiredEvent(exportId, userId, fileKey, clock.instant()), system());
    }

    private MetaData system() {
        return MetaData.with(AuditMetadata.ACTOR_TYPE, "system")
                .and(AuditMetadata.ACTOR_ID, "system")
                .and(AuditMetadata.SUBJECT_ID, userId);
    }

    @EventSourcingHandler
    void on(DataExportRequestedEvent event) {
        exportId = event.exportId();
        userId = event.userId();
        status = DataExportStatus.PENDING;
    }

    @EventSourcingHandler
    void on(DataExportReadyEvent event) {
        status = DataExportStatus.READY;
        fileKey = event.fileKey();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(DataExportExpiredEvent event) {
        status = DataExportStatus.EXPIRED;
    }
}
