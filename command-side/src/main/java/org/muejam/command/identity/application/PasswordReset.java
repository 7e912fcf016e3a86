package org.muejam.command.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.OneTimeTokenStore;
import org.muejam.command.identity.PasswordHasher;
import org.muejam.command.identity.PasswordPolicy;
import org.muejam.command.identity.Sessions;
import org.muejam.command.shared.BestEffortMail;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.command.shared.RandomTokens;
import org.muejam.shared.identity.FindUserAccountByEmailQuery;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.ResetPasswordCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;
import org.springframework.stereotype.Service;

/** Password reset by mail: a single-use token valid for one hour; a reset ends every session and any lock. */
@Service
public class PasswordReset {

    static final Duration TOKEN_TTL = Duration.ofHours(1);

    private static final OneTimeTokenStore.Purpose PURPOSE = OneTimeTokenStore.Purpose.PASSWORD_RESET;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordHasher passwords;
    private final OneTimeTokenStore tokens;
    private final Sessions sessions;
    private final Mailer mailer;
    private final CommandAttribution attribution;
    private final Clock clock;
    private final IdentitySettings settings;

    public PasswordReset(
            CommandGateway commands,
            QueryGateway queries,
            PasswordHasher passwords,
            OneTimeTokenStore tokens,
            Sessions sessions,
            Mailer mailer,
            CommandAttribution attribution,
            Clock clock,
            IdentitySettings settings) {
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mailer = mailer;
        this.attribution = attribution;
        this.clock = clock;
        this.settings = settings;
    }

    /** Mails a reset link if the address has an account; answers the same either way. */
    public void request(String email) {
        Queries.optional(queries, new FindUserAccountByEmailQuery(email), UserAccountResponse.class)
                .ifPresent(user -> {
                    UserId userId = UserId.of(user.id());
                    String token = RandomTokens.next();
                    String hash = Sha256.hex(token);
                    Instant expiresAt = clock.instant().plus(TOKEN_TTL);
                    attribution.about(userId);
                    commands.sendAndWait(new RequestPasswordResetCommand(userId, hash, expiresAt));
                    // only once the account has recorded the request, so a refused one leaves no usable token
                    tokens.store(PURPOSE, hash, userId, expiresAt);
                    mailLink(user, token);
                });
    }

    /** The reset is recorded by then: a mail server failure is logged, and the person can ask again. */
    private void mailLink(UserAccountResponse user, String token) {
        String link = settings.link("/reset-password?token=" + token);
        BestEffortMail.send(
                mailer,
                user.email(),
                "Reset your MueJam Library password",
                """
                    Hello %s,

                    someone (hopefully you) asked to reset the password of your account. Choose a new one within
                    one hour by opening this link:

                    %s

                    If it was not you, ignore this message: your password stays as it is.
                    """.formatted(user.displayName(), link),
                "a password reset link",
                user.id());
    }

    /** The new password must pass the password policy; the account checks the token and its expiry. */
    public void confirm(String token, String newPassword) {
        String hash = Sha256.hex(token);
        UserId userId = tokens.holder(PURPOSE, hash).orElseThrow(PasswordReset::invalidToken);
        UserAccountResponse user = Queries.optional(
                        queries, new FindUserAccountQuery(userId.value()), UserAccountResponse.class)
                .orElseThrow(PasswordReset::invalidToken);
        PasswordPolicy.requireAcceptable(newPassword, user.email(), user.displayName());
        attribution.actingAs(userId);
        commands.sendAndWait(new ResetPasswordCommand(userId, hash, passwords.hash(newPassword)));
        tokens.deleteAll(PURPOSE, userId);
        sessions.endAll(userId);
    }

    private static DomainRuleViolation invalidToken() {
        return DomainRuleViolation.invalid(
                "invalid-reset-token", "token", "the password reset token is not valid; ask for a new one");
    }
}
