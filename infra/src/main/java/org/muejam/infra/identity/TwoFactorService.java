package org.muejam.infra.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.BackupCodes;
import org.muejam.command.identity.Totp;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.security.TokenService;
import org.muejam.infra.web.RequestMetadataInterceptor;
import org.muejam.query.identity.UserAccountReader;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.DisableTwoFactorCommand;
import org.muejam.shared.identity.PassSecondFactorCommand;
import org.muejam.shared.identity.RegenerateBackupCodesCommand;
import org.muejam.shared.identity.StartTwoFactorSetupCommand;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Two-factor authentication around the {@code TwoFactorAuthentication} aggregate: secrets and backup codes are made
 * here, every code is checked by the aggregate, and the person is mailed on every change.
 */
@Service
public class TwoFactorService {

    public static final String ISSUER = "MueJam Library";

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Setup(String secret, String otpauthUri, String qrCodePng) {}

    private final CommandGateway commands;
    private final UserAccountReader users;
    private final PasswordEncoder passwords;
    private final AccountService accounts;
    private final SecondFactorChallenges challenges;
    private final TwoFactorDirectory directory;
    private final Mailer mailer;

    public TwoFactorService(
            CommandGateway commands,
            UserAccountReader users,
            PasswordEncoder passwords,
            AccountService accounts,
            SecondFactorChallenges challenges,
            TwoFactorDirectory directory,
            Mailer mailer) {
        this.commands = commands;
        this.users = users;
        this.passwords = passwords;
        this.accounts = accounts;
        this.challenges = challenges;
        this.directory = directory;
        this.mailer = mailer;
    }

    public boolean isEnabled(String userId) {
        return directory.isEnabled(UserId.of(userId));
    }

    /** A new secret for the person's authenticator app; it counts once a code of it confirms the setup. */
    public Setup startSetup(String userId) {
        UserAccountReader.UserAccountView user = account(userId);
        String secret = Totp.newSecret(RANDOM);
        send(new StartTwoFactorSetupCommand(UserId.of(userId), secret), userId);
        String uri = otpauthUri(secret, user.email());
        return new Setup(secret, uri, QrCodes.pngBase64(uri));
    }

    /** Confirms the app with one of its codes; returns the backup codes, which are shown this once only. */
    public List<String> confirmSetup(String userId, String code) {
        UserAccountReader.UserAccountView user = account(userId);
        List<String> codes = BackupCodes.generate(RANDOM);
        send(
                new ConfirmTwoFactorSetupCommand(UserId.of(userId), code, BackupCodes.hashes(UserId.of(userId), codes)),
                userId);
        notify(user, "Two-factor authentication is on for your MueJam Library account", """
                Hello %s,

                two-factor authentication is now on for your account: signing in asks for a code from your
                authenticator app after your password. Keep your backup codes somewhere safe; each works once.

                If you did not do this, change your password and contact us at once.
                """.formatted(
                        user.displayName()));
        return codes;
    }

    public List<String> regenerateBackupCodes(String userId, String code) {
        UserAccountReader.UserAccountView user = account(userId);
        List<String> codes = BackupCodes.generate(RANDOM);
        send(
                new RegenerateBackupCodesCommand(UserId.of(userId), code, BackupCodes.hashes(UserId.of(userId), codes)),
                userId);
        notify(user, "New backup codes for your MueJam Library account", """
                Hello %s,

                new backup codes were made for your account; the earlier ones no longer work.

                If you did not do this, change your password and contact us at once.
                """.formatted(user.displayName()));
        return codes;
    }

    /** Turns it off: the password and a current app code (or an unused backup code) are both required. */
    public void disable(String userId, String password, String code) {
        UserAccountReader.UserAccountView user = account(userId);
        if (user.passwordHash() == null || !passwords.matches(password, user.passwordHash())) {
            throw DomainRuleViolation.invalid("wrong-password", "password", "the password is wrong");
        }
        UserId id = UserId.of(userId);
        send(new DisableTwoFactorCommand(id, code, BackupCodes.hash(id, code)), userId);
        notify(user, "Two-factor authentication is off for your MueJam Library account", """
                Hello %s,

                two-factor authentication is now off for your account: signing in needs only your password.

                If you did not do this, change your password, turn two-factor authentication back on and contact
                us at once.
                """.formatted(
                        user.displayName()));
    }

    /**
     * The second step of a sign-in: the challenge from the password step and an app code (or a backup code). Opens
     * the session only when the aggregate accepts the code; each try counts against the challenge.
     */
    public TokenService.Session passChallenge(String challengeToken, String code, boolean backupCode) {
        SecondFactorChallenges.Attempt attempt =
                challenges.attempt(challengeToken).orElseThrow(SecondFactorRefused::challengeInvalid);
        String userId = attempt.userId();
        UserId id = UserId.of(userId);
        RequestMetadataInterceptor.actingAs(userId);
        Object command = backupCode
                ? new UseBackupCodeCommand(id, BackupCodes.hash(id, code))
                : new PassSecondFactorCommand(id, code);
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            DomainRuleViolation violation = violation(failure).orElseThrow(() -> failure);
            if (violation.kind() != DomainRuleViolation.Kind.INVALID) {
                throw SecondFactorRefused.challengeInvalid();
            }
            throw SecondFactorRefused.wrongCode(violation.problemType(), violation.getMessage(), attempt.remaining());
        }
        if (!challenges.consume(challengeToken)) {
            throw SecondFactorRefused.challengeInvalid();
        }
        return accounts.openSession(userId, accounts.rolesOf(userId));
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

    private void send(Object command, String userId) {
        commands.sendAndWait(command);
    }

    private UserAccountReader.UserAccountView account(String userId) {
        return users.byId(userId)
                .orElseThrow(() -> DomainRuleViolation.notFound(
                        "account-not-found",
                        null,
                        "two-factor authentication is for accounts registered on this platform"));
    }

    /** A notice about a change already made: a mail server failure must not lose the answer (the backup codes). */
    private void notify(UserAccountReader.UserAccountView user, String subject, String text) {
        BestEffortMail.send(mailer, user.email(), subject, text, "a two-factor change", user.id());
    }

    private static Optional<DomainRuleViolation> violation(RuntimeException failure) {
        if (failure instanceof DomainRuleViolation violation) {
            return Optional.of(violation);
        }
        if (failure instanceof CommandExecutionException && failure.getCause() instanceof DomainRuleViolation v) {
            return Optional.of(v);
        }
        return Optional.empty();
    }
}
