package org.muejam.infra.moderation;

import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.moderation.DmcaNotifications;
import org.muejam.command.shared.BestEffortMail;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.moderation.AppealDecidedEvent;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.DmcaContentRestoredEvent;
import org.muejam.shared.moderation.DmcaCounterNoticeFiledEvent;
import org.muejam.shared.moderation.DmcaTakedownApprovedEvent;
import org.muejam.shared.moderation.DmcaTakedownResponse;
import org.muejam.shared.moderation.FindDmcaTakedownQuery;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationActionReversedEvent;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * The mails moderation sends once its events are stored: a strike and how to appeal it, an appeal's outcome, a DMCA
 * takedown to its author, a counter-notice to the claimant, and the restored content to its author. A side effect, so a processing group of its own that
 * starts at the head of the log, handles one event per batch, and never replays: a rebuild never resends a mail.
 */
@Component
@ProcessingGroup(ModerationMails.NAME)
public class ModerationMails {

    public static final String NAME = "moderation-mails";

    private final Mailer mailer;
    private final QueryGateway queries;
    private final String publicUrl;

    public ModerationMails(Mailer mailer, QueryGateway queries, MueJamProperties properties) {
        this.mailer = mailer;
        this.queries = queries;
        this.publicUrl = properties.publicUrl().toString().replaceAll("/+$", "");
    }

    @EventHandler
    @DisallowReplay
    void on(StrikeRecordedEvent event) {
        mailAuthor(
                event.authorId(),
                "A moderation action on your MueJam Library account: " + describe(event.action()),
                """
                A moderator acted on %s: %s.

                Reason: %s

                This counts as a strike on your account (strike %s). If you think the decision is wrong, you may
                appeal it until %s (UTC): send POST %s/api/appeals, signed in, with
                {"strikeId": "%s", "text": "<why the decision should be reversed>"}.
                A moderator other than the one who acted decides your appeal.
                """.formatted(
                                subject(
                                        event.subjectType() == null
                                                ? null
                                                : event.subjectType().slug(),
                                        event.subjectId()),
                                describe(event.action()),
                                event.reason(),
                                event.strikeId(),
                                event.appealableUntil(),
                                publicUrl,
                                event.strikeId()));
    }

    @EventHandler
    @DisallowReplay
    void on(ModerationActionReversedEvent event) {
        mailAuthor(event.authorId(), "Your appeal was upheld", """
                Your appeal against strike %s was upheld: the action (%s) on %s is reversed and the strike no longer
                counts against you.
                """.formatted(
                event.strikeId(),
                describe(event.action()),
                subject(event.subjectType() == null ? null : event.subjectType().slug(), event.subjectId())));
    }

    @EventHandler
    @DisallowReplay
    void on(AppealDecidedEvent event) {
        if (event.decision() != AppealDecision.DENY) {
            // an upheld appeal is told with its reversal, which follows it
            return;
        }
        mailAuthor(event.authorId(), "Your appeal was denied", """
                A moderator reviewed your appeal (%s) against strike %s and denied it on %s (UTC). The action stands.

                Reason: %s
                """.formatted(
                        event.appealId(), event.strikeId(), event.decidedAt(), event.reason()));
    }

    @EventHandler
    @DisallowReplay
    void on(DmcaTakedownApprovedEvent event) {
        DmcaNotifications.Notification notice = DmcaNotifications.toAuthor(event, publicUrl);
        mailAuthor(notice.userId(), notice.subject(), notice.text());
    }

    @EventHandler
    @DisallowReplay
    void on(DmcaCounterNoticeFiledEvent event) {
        Queries.optional(queries, new FindDmcaTakedownQuery(event.takedownId()), DmcaTakedownResponse.class)
                .filter(takedown -> takedown.contactEmail() != null
                        && takedown.contactEmail().contains("@"))
                .ifPresent(takedown -> {
                    DmcaNotifications.Notification notice = DmcaNotifications.toClaimant(
                            event, takedown.contactEmail(), takedown.copyrightHolder(), takedown.infringingUrl());
                    BestEffortMail.send(
                            mailer,
                            notice.email(),
                            notice.subject(),
                            notice.text(),
                            "a DMCA counter-notice",
                            event.takedownId());
                });
    }

    @EventHandler
    @DisallowReplay
    void on(DmcaContentRestoredEvent event) {
        mailAuthor(event.authorId(), "Your content is back", """
                The waiting period after your counter-notice to DMCA notice %s ended on %s (UTC) and the claimant did
                not tell us of a court action, so the %s taken down on that notice is visible again.
                """.formatted(
                        event.takedownId(),
                        event.restoredAt(),
                        event.contentType() == null
                                ? "content"
                                : event.contentType().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** A mail server failure is logged and the mail dropped: throwing would hold this processor on the event. */
    private void mailAuthor(String authorId, String subject, String text) {
        if (authorId == null || authorId.isBlank()) {
            return;
        }
        Queries.optional(queries, new FindUserAccountQuery(authorId), UserAccountResponse.class)
                .ifPresent(user -> BestEffortMail.send(
                        mailer,
                        user.email(),
                        subject,
                        "Hello " + user.displayName() + ",\n\n" + text,
                        "a moderation notice",
                        user.id()));
    }

    private static String subject(String type, String id) {
        if (type == null || id == null) {
            return "your account";
        }
        return "user".equals(type) ? "your account" : "your " + type + " " + id;
    }

    private static String describe(ModerationAction action) {
        if (action == null) {
            return "an action";
        }
        return switch (action) {
            case WARN -> "a warning";
            case HIDE -> "hidden from everyone but you";
            case DELETE -> "deleted";
            case SUSPEND -> "account suspended";
            default -> action.name().toLowerCase(Locale.ROOT);
        };
    }
}
