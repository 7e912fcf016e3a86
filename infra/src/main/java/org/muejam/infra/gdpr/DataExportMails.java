package org.muejam.infra.gdpr;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.BestEffortMail;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.shared.gdpr.DataExportReadyEvent;
import org.muejam.shared.gdpr.DataExportResponse;
import org.muejam.shared.gdpr.DataExportStatus;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;

/**
 * Mails a person the link to their export once it is ready. A side effect, so a processing group of its own that
 * starts at the head of the log, handles one event per batch, and never replays: a rebuild never resends a mail.
 */
@ProcessingGroup(DataExportMails.NAME)
public class DataExportMails {

    public static final String NAME = "data-export-mails";

    private final Mailer mailer;
    private final QueryGateway queries;
    private final ExportDelivery delivery;

    public DataExportMails(Mailer mailer, QueryGateway queries, ExportDelivery delivery) {
        this.mailer = mailer;
        this.queries = queries;
        this.delivery = delivery;
    }

    @EventHandler
    @DisallowReplay
    void on(DataExportReadyEvent event) {
        DataExportResponse export = new DataExportResponse(
                event.exportId(),
                event.userId(),
                DataExportStatus.READY,
                100,
                null,
                event.readyAt(),
                event.expiresAt(),
                event.fileKey(),
                event.sizeBytes());
        String link = delivery.downloadUrl(export).toString();
        Queries.optional(queries, new FindUserAccountQuery(event.userId()), UserAccountResponse.class)
                .ifPresent(user -> BestEffortMail.send(
                        mailer,
                        user.email(),
                        "Your MueJam Library data export is ready",
                        """
                        Hello %s,

                        The copy of your data you asked for (%s) is ready. Download it here until %s (UTC):

                        %s

                        After that the link no longer works and the file is deleted; you may ask for a new export
                        once a day. If you did not ask for this export, change your password.
                        """.formatted(user.displayName(), event.exportId(), event.expiresAt(), link),
                        "a data export link",
                        user.id()));
    }
}
