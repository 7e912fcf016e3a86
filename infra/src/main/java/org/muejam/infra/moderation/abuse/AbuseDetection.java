package org.muejam.infra.moderation.abuse;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.muejam.command.moderation.abuse.TextFingerprint;
import org.muejam.command.moderation.application.AutomatedReports;
import org.muejam.infra.web.IpAddresses;
import org.muejam.infra.web.TrustedProxies;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.CommentPostedEvent;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.WhisperPostedEvent;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.springframework.stereotype.Component;

/**
 * Turns the event stream into automated reports: each content filter's flag, and each flag of the abuse detector
 * (many accounts from one address, rapid creation, the same text from several accounts, bot-like timing).
 *
 * <p>A process, not a projection: what it does is filing reports, which a replay must not do again. Every handler
 * disallows replay, so the processor supports no reset ({@code POST /api/admin/projections/abuse-detection/rebuild}
 * answers 409), and the ledger remembers each observation and flag, so a redelivered event files nothing twice.
 */
@Component
@ProcessingGroup(AbuseDetection.NAME)
public class AbuseDetection {

    public static final String NAME = "abuse-detection";

    private final AutomatedReports reports;
    private final AbuseKeys keys;
    private final TrustedProxies exempt;

    public AbuseDetection(AutomatedReports reports, AbuseKeys keys, AbuseDetectionProperties properties) {
        this.reports = reports;
        this.keys = keys;
        this.exempt = properties.exemptRanges();
    }

    @EventHandler
    @DisallowReplay
    void on(ContentFlaggedEvent event) {
        if (event.contentType() == null || !present(event.contentId()) || !present(event.authorId())) {
            // a flag about nothing nameable: no case could hold it, and retrying would not change that
            return;
        }
        asSystem(() -> reports.flagged(event.contentType(), event.contentId(), event.authorId(), event.finding()));
    }

    /** The address comes from the event's metadata, decrypted with the person's key; erased, it counts no more. */
    @EventHandler
    @DisallowReplay
    void on(UserRegisteredEvent event, @MetaDataValue(AuditMetadata.IP_ADDRESS) String address, @Timestamp Instant at) {
        if (counted(address)) {
            keys.network(address)
                    .ifPresent(network -> asSystem(
                            () -> reports.registered(network, event.userId().value(), at)));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(StoryCreatedEvent event, @MetaDataValue(AuditMetadata.IP_ADDRESS) String address, @Timestamp Instant at) {
        created(event.authorId(), event.storyId(), address, at);
    }

    /** A chapter's event does not name its author: the metadata's subject is the person it was written for. */
    @EventHandler
    @DisallowReplay
    void on(
            ChapterAddedEvent event,
            @MetaDataValue(AuditMetadata.SUBJECT_ID) String author,
            @MetaDataValue(AuditMetadata.IP_ADDRESS) String address,
            @Timestamp Instant at) {
        created(author, event.chapterId(), address, at);
    }

    @EventHandler
    @DisallowReplay
    void on(CommentPostedEvent event, @MetaDataValue(AuditMetadata.IP_ADDRESS) String address, @Timestamp Instant at) {
        created(event.authorId(), event.commentId(), address, at);
        posted(event.authorId(), event.commentId(), event.content(), address, at);
    }

    @EventHandler
    @DisallowReplay
    void on(WhisperPostedEvent event, @MetaDataValue(AuditMetadata.IP_ADDRESS) String address, @Timestamp Instant at) {
        created(event.authorId(), event.whisperId(), address, at);
        posted(event.authorId(), event.whisperId(), event.content(), address, at);
    }

    private void created(String author, String item, String address, Instant at) {
        if (present(author) && present(item) && counted(address)) {
            asSystem(() -> reports.created(author, item, at));
        }
    }

    private void posted(String author, String item, String text, String address, Instant at) {
        if (present(author) && present(item) && counted(address)) {
            String normalized = TextFingerprint.normalize(text);
            String key = keys.text(normalized);
            asSystem(() -> reports.posted(key, normalized.length(), author, item, at));
        }
    }

    /**
     * Files as the system: in a unit of work of its own that passes on only the trace of the event that caused the
     * report (traceId, correlationId), not the request context of the person who caused it (their address, client,
     * request), which would otherwise be copied onto the report as if the system had acted from there.
     */
    private static void asSystem(Runnable filing) {
        if (!CurrentUnitOfWork.isStarted()) {
            filing.run();
            return;
        }
        UnitOfWork<?> own =
                DefaultUnitOfWork.startAndGet(CurrentUnitOfWork.get().getMessage());
        own.registerCorrelationDataProvider(new MessageOriginProvider());
        own.execute(filing);
    }

    /**
     * The detector watches what clients do through the API: an event without a client address (the platform's own,
     * an erased one) or from an exempt network is not counted.
     */
    private boolean counted(String address) {
        return Optional.ofNullable(address)
                .flatMap(IpAddresses::parseBare)
                .map(parsed -> !exempt.contains(parsed))
                .orElse(false);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
