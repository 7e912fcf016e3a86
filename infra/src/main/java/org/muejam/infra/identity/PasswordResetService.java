package org.muejam.infra.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.PasswordPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.security.TokenService;
import org.muejam.infra.web.RequestMetadataInterceptor;
import org.muejam.query.identity.UserAccountReader;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.ResetPasswordCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Password reset by mail: a single-use token valid for one hour; a reset ends every session and any lock. */
@Service
public class PasswordResetService {

    static final Duration TOKEN_TTL = Duration.ofHours(1);

    private final CommandGateway commands;
    private final UserAccountReader users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MueJamProperties properties;

    public PasswordResetService(
            CommandGateway commands,
            UserAccountReader users,
            PasswordEncoder passwords,
            TokenService tokens,
            Mailer mailer,
            JdbcTemplate jdbc,
            Clock clock,
            MueJamProperties properties) {
        this.commands = commands;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Mails a reset link if the address has an account; answers the same either way. */
    public void request(String email) {
        users.byEmail(email).ifPresent(user -> {
            String token = TokenService.randomToken();
            String hash = TokenService.sha256(token);
            Instant expiresAt = clock.instant().plus(TOKEN_TTL);
            RequestMetadataInterceptor.about(user.id());
            commands.sendAndWait(new RequestPasswordResetCommand(UserId.of(user.id()), hash, expiresAt));
            // only once the account has recorded the request, so a refused one leaves no usable token row
            jdbc.update(
                    "INSERT INTO password_reset_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                    hash,
                    user.id(),
                    Timestamp.from(expiresAt));
            mailLink(user, token);
        });
    }

    /** The reset is recorded by then: a mail server failure is logged, and the person can ask again. */
    private void mailLink(UserAccountReader.UserAccountView user, String token) {
        String link = properties.link("/reset-password?token=" + token);
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

    public void confirm(String token, String newPassword) {
        String hash = TokenService.sha256(token);
        String userId = jdbc
                .query(
                        "SELECT user_id FROM password_reset_token WHERE token_hash = ?",
                        (rs, i) -> rs.getString(1),
                        hash)
                .stream()
                .findFirst()
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-reset-token", "token", "the password reset token is not valid; ask for a new one"));
        UserAccountReader.UserAccountView user = users.byId(userId)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-reset-token", "token", "the password reset token is not valid; ask for a new one"));
        PasswordPolicy.requireAcceptable(newPassword, user.email(), user.displayName());
        RequestMetadataInterceptor.actingAs(userId);
        commands.sendAndWait(new ResetPasswordCommand(UserId.of(userId), hash, passwords.encode(newPassword)));
        jdbc.update("DELETE FROM password_reset_token WHERE user_id = ?", userId);
        tokens.revokeAll(userId);
    }
}
