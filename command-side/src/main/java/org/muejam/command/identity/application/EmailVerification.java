package org.muejam.command.identity.application;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.OneTimeTokenStore;
import org.muejam.command.shared.BestEffortMail;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.command.shared.RandomTokens;
import org.muejam.shared.identity.FindUserAccountByEmailQuery;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.VerifyEmailCommand;
import org.muejam.shared.security.Sha256;
import org.springframework.stereotype.Service;

/**
 * Email verification by an emailed single-use link. The account holds the pending token's hash and expiry and
 * decides; the token store only finds the account a link belongs to.
 */
@Service
public class EmailVerification {

    private static final OneTimeTokenStore.Purpose PURPOSE = OneTimeTokenStore.Purpose.EMAIL_VERIFICATION;

    /** A link about to be mailed: the token goes in the mail, only its hash is kept. */
    record Link(String token, String tokenHash, Instant expiresAt) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OneTimeTokenStore tokens;
    private final Mailer mailer;
    private final CommandAttribution attribution;
    private final Clock clock;
    private final IdentitySettings settings;

    public EmailVerification(
            CommandGateway commands,
            QueryGateway queries,
            OneTimeTokenStore tokens,
            Mailer mailer,
            CommandAttribution attribution,
            Clock clock,
            IdentitySettings settings) {
        this.commands = commands;
        this.queries = queries;
        this.tokens = tokens;
        this.mailer = mailer;
        this.attribution = attribution;
        this.clock = clock;
        this.settings = settings;
    }

    public void verify(String token) {
        String hash = Sha256.hex(token);
        UserId userId = tokens.holder(PURPOSE, hash)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-verification-token",
                        "token",
                        "the verification token is not valid; ask for a new one"));
        attribution.actingAs(userId);
        commands.sendAndWait(new VerifyEmailCommand(userId, hash));
        tokens.deleteAll(PURPOSE, userId);
    }

    /** Sends a fresh verification link if the address belongs to an unverified account; says nothing either way. */
    public void resend(String email) {
        Queries.optional(queries, new FindUserAccountByEmailQuery(email), UserAccountResponse.class)
                .filter(user -> !user.emailVerified())
                .ifPresent(user -> {
                    UserId userId = UserId.of(user.id());
                    Link link = newLink();
                    // whoever asks, the request's address and client are kept as the account holder's data
                    attribution.about(userId);
                    commands.sendAndWait(new IssueEmailVerificationCommand(userId, link.tokenHash(), link.expiresAt()));
                    sent(link, userId, user.email(), user.displayName());
                });
    }

    Link newLink() {
        String token = RandomTokens.next();
        return new Link(token, Sha256.hex(token), clock.instant().plus(settings.emailVerificationTtl()));
    }

    /**
     * Once the account has recorded the link (a refused command leaves nothing behind): keeps its hash and mails
     * it. The account is stored by then, so a mail server failure is logged and the person can ask for another.
     */
    void sent(Link link, UserId userId, String email, String displayName) {
        tokens.store(PURPOSE, link.tokenHash(), userId, link.expiresAt());
        BestEffortMail.send(
                mailer,
                email,
                "Confirm your email address for MueJam Library",
                """
                    Hello %s,

                    please confirm your email address by opening this link within %d hours:

                    %s

                    If you did not create an account, you can ignore this message.
                    """.formatted(
                                displayName,
                                settings.emailVerificationTtl().toHours(),
                                settings.link("/verify-email?token=" + link.token())),
                "the verification link",
                userId.value());
    }
}
