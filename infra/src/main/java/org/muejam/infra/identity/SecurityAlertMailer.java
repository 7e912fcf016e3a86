package org.muejam.infra.identity;

import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.BestEffortMail;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.PasswordChangedEvent;
import org.muejam.shared.identity.SecondFactorLockedEvent;
import org.muejam.shared.identity.SuspiciousLoginDetectedEvent;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/** Security alerts by mail. A side effect: never replayed, and it starts at the head of the log. */
@Component
@ProcessingGroup(SecurityAlertMailer.NAME)
public class SecurityAlertMailer {

    public static final String NAME = "security-alerts";

    private final Mailer mailer;
    private final QueryGateway queries;

    public SecurityAlertMailer(Mailer mailer, QueryGateway queries) {
        this.mailer = mailer;
        this.queries = queries;
    }

    @EventHandler
    @DisallowReplay
    void on(SuspiciousLoginDetectedEvent event) {
        String reasons =
                event.reasons().stream().map(r -> "- " + describe(r.name())).collect(Collectors.joining("\n"));
        mail(event.userId(), "Security alert: unusual sign-in activity on your MueJam Library account", """
                We noticed sign-in activity on your account at %s (UTC) that does not look like you:

                %s

                If this was you, there is nothing to do. If not, reset your password now and turn on two-factor
                authentication.
                """.formatted(
                        event.detectedAt(), reasons));
    }

    @EventHandler
    @DisallowReplay
    void on(AccountLockedEvent event) {
        mail(event.userId(), "Your MueJam Library account is temporarily locked", """
                After %d wrong passwords in a row from devices that have not signed in to your account before,
                sign-in from such devices is locked until %s (UTC). Browsers and apps you have signed in with keep
                working. Resetting your password unlocks it at once.
                """.formatted(
                        event.failures(), event.lockedUntil()));
    }

    @EventHandler
    @DisallowReplay
    void on(SecondFactorLockedEvent event) {
        mail(event.userId(), "Two-factor sign-in to your MueJam Library account is temporarily locked", """
                Someone who knows your password entered %d wrong two-factor codes for your account, the last at %s
                (UTC). Two-factor sign-in is locked until %s (UTC), whatever device or address it comes from.
                If this was not you, your password is known to someone else: change it now.
                """.formatted(
                        event.failures(), event.lockedAt(), event.lockedUntil()));
    }

    @EventHandler
    @DisallowReplay
    void on(PasswordChangedEvent event) {
        mail(event.userId(), "Your MueJam Library password was changed", """
                The password of your account was changed at %s (UTC) and every session was signed out.
                If this was not you, reset your password now and contact support.
                """.formatted(event.changedAt()));
    }

    /** A mail server failure is logged and the alert dropped: throwing would hold this processor on the event. */
    private void mail(UserId userId, String subject, String text) {
        Queries.optional(queries, new FindUserAccountQuery(userId.value()), UserAccountResponse.class)
                .ifPresent(user -> BestEffortMail.send(
                        mailer,
                        user.email(),
                        subject,
                        "Hello " + user.displayName() + ",\n\n" + text,
                        "a security alert",
                        user.id()));
    }

    private static String describe(String reason) {
        return switch (reason) {
            case "NEW_COUNTRY" -> "a sign-in from a country not seen before";
            case "NEW_NETWORK" -> "a sign-in from a network not seen before";
            case "UNUSUAL_HOUR" -> "a sign-in at an unusual hour";
            case "REPEATED_FAILURES" -> "several wrong passwords in a row";
            default -> reason;
        };
    }
}
