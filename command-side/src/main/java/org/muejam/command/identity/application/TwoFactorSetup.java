package org.muejam.command.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.BackupCodes;
import org.muejam.command.identity.LockoutPolicy;
import org.muejam.command.identity.PasswordHasher;
import org.muejam.command.identity.Totp;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.shared.BestEffortMail;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.DisableTwoFactorCommand;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.RegenerateBackupCodesCommand;
import org.muejam.shared.identity.StartTwoFactorSetupCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * Setting up, renewing and turning off two-factor authentication around the {@code TwoFactorAuthentication}
 * aggregate: secrets and backup codes are made here, every code is checked by the aggregate, and the person is
 * mailed on every change.
 */
@Service
public class TwoFactorSetup {

    public static final String ISSUER = "MueJam Library";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret and the key URI an authenticator app reads it from. */
    public record Started(String secret, String otpauthUri) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordHasher passwords;
    private final TwoFactorDirectory directory;
    private final Mailer mailer;
    private final Clock clock;

    public TwoFactorSetup(
            CommandGateway commands,
            QueryGateway queries,
            PasswordHasher passwords,
            TwoFactorDirectory directory,
            Mailer mailer,
            Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.directory = directory;
        this.mailer = mailer;
    }

    /**
     * A new secret for the person's authenticator app, given their current password; it counts once a code of it
     * confirms the setup.
     */
    public Started start(String userId, String password) {
        UserAccountResponse user = withPassword(userId, password);
        String secret = Totp.newSecret(RANDOM);
        commands.sendAndWait(new StartTwoFactorSetupCommand(UserId.of(userId), secret));
        return new Started(secret, otpauthUri(secret, user.email()));
    }

    /** Confirms the app with one of its codes; returns the backup codes, which are shown this once only. */
    public List<String> confirm(String userId, String code) {
        UserAccountResponse user = account(userId);
        List<String> codes = BackupCodes.generate(RANDOM);
        commands.sendAndWait(new ConfirmTwoFactorSetupCommand(
                UserId.of(userId), code, BackupCodes.hashes(UserId.of(userId), codes)));
        notify(user, "Two-factor authentication is on for your MueJam Library account", """
                Hello %s,

                two-factor authentication is now on for your account: signing in asks for a code from your
                authenticator app after your password. Keep your backup codes somewhere safe; each works once.

                If you did not do this, change your password and contact us at once.
                """.formatted(
                        user.displayName()));
        return codes;
    }

    /** New backup codes for the current password and a current app code (or an unused backup code). */
    public List<String> regenerateBackupCodes(String userId, String password, String code) {
        UserAccountResponse user = withPassword(userId, password);
        List<String> codes = BackupCodes.generate(RANDOM);
        commands.sendAndWait(new RegenerateBackupCodesCommand(
                UserId.of(userId), code, BackupCodes.hashes(UserId.of(userId), codes)));
        notify(user, "New backup codes for your MueJam Library account", """
                Hello %s,

                new backup codes were made for your account; the earlier ones no longer work.

                If you did not do this, change your password and contact us at once.
                """.formatted(user.displayName()));
        return codes;
    }

    /** Turns it off: the password and a current app code (or an unused backup code) are both required. */
    public void disable(String userId, String password, String code) {
        UserAccountResponse user = withPassword(userId, password);
        UserId id = UserId.of(userId);
        commands.sendAndWait(new DisableTwoFactorCommand(id, code, BackupCodes.hash(id, code)));
        notify(user, "Two-factor authentication is off for your MueJam Library account", """
                Hello %s,

                two-factor authentication is now off for your account: signing in needs only your password.

                If you did not do this, change your password, turn two-factor authentication back on and contact
                us at once.
                """.formatted(
                        user.displayName()));
    }

    /** The key URI authenticator apps read (the de-facto "Key Uri Format"): issuer, account, secret, parameters. */
    static String otpauthUri(String secret, String email) {
        String issuer = encode(ISSUER);
        return "otpauth://totp/" + issuer + ":" + encode(email) + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.TIME_STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The account, once the person's current password is checked: a wrong one counts against the account as a wrong
     * sign-in does (alerts and lockout follow), and while the account is locked every attempt is refused alike, so a
     * stolen session cannot go on guessing the password here.
     */
    private UserAccountResponse withPassword(String userId, String password) {
        if (password == null || password.isBlank()) {
            throw DomainRuleViolation.invalid("validation-failed", "password", "the current password is required");
        }
        UserAccountResponse user = account(userId);
        if (user.lockedAt(clock.instant())) {
            throw LockoutPolicy.locked(user.lockedUntil());
        }
        if (user.passwordHash() == null || !passwords.matches(password, user.passwordHash())) {
            commands.sendAndWait(new RecordLoginFailureCommand(UserId.of(userId)));
            throw DomainRuleViolation.invalid("wrong-password", "password", "the password is wrong");
        }
        return user;
    }

    private UserAccountResponse account(String userId) {
        return Queries.optional(queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                .orElseThrow(() -> DomainRuleViolation.notFound(
                        "account-not-found",
                        null,
                        "two-factor authentication is for accounts registered on this platform"));
    }

    /** A notice about a change already made: a mail server failure must not lose the answer (the backup codes). */
    private void notify(UserAccountResponse user, String subject, String text) {
        BestEffortMail.send(mailer, user.email(), subject, text, "a two-factor change", user.id());
    }
}
