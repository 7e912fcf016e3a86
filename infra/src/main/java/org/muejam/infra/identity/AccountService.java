package org.muejam.infra.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.GeoLocator;
import org.muejam.command.identity.LockoutPolicy;
import org.muejam.command.identity.PasswordPolicy;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.identity.TwoFactorRequirementPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.security.TokenService;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.RequestMetadataInterceptor;
import org.muejam.query.identity.UserAccountReader;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.VerifyEmailCommand;
import org.muejam.shared.legal.DocumentVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Registration, email verification and sign-in: the steps around the account commands. */
@Service
public class AccountService {

    /** Compared against when the email is unknown, so a miss costs as much as a wrong password. */
    private final String decoyHash;

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final UserAccountReader users;
    private final TokenService tokens;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MueJamProperties properties;
    private final TwoFactorDirectory twoFactor;
    private final SecondFactorChallenges challenges;
    private final TwoFactorRequirement requirement;
    private final GeoLocator geo;

    public AccountService(
            CommandGateway commands,
            PasswordEncoder passwords,
            UserAccountReader users,
            TokenService tokens,
            Mailer mailer,
            JdbcTemplate jdbc,
            Clock clock,
            MueJamProperties properties,
            TwoFactorDirectory twoFactor,
            SecondFactorChallenges challenges,
            TwoFactorRequirement requirement,
            GeoLocator geo) {
        this.commands = commands;
        this.passwords = passwords;
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.twoFactor = twoFactor;
        this.challenges = challenges;
        this.requirement = requirement;
        this.geo = geo;
        this.decoyHash = passwords.encode(TokenService.randomToken());
    }

    public UserId register(
            UserId userId,
            String email,
            String password,
            String displayName,
            LocalDate birthDate,
            List<DocumentVersion> accepted,
            String ipAddress,
            String userAgent) {
        PasswordPolicy.requireAcceptable(password, email, displayName);
        String token = TokenService.randomToken();
        Instant expiresAt = clock.instant().plus(properties.tokens().emailVerificationTtl());
        RequestMetadataInterceptor.actingAs(userId.value());
        commands.sendAndWait(new RegisterUserCommand(
                userId,
                email,
                displayName,
                passwords.encode(password),
                birthDate,
                accepted,
                TokenService.sha256(token),
                expiresAt,
                ipAddress,
                userAgent));
        // only once the account exists: a refused registration leaves nothing behind
        rememberVerificationToken(token, userId, expiresAt);
        sendVerificationMail(userId.value(), email, displayName, token);
        return userId;
    }

    public void verifyEmail(String token) {
        String hash = TokenService.sha256(token);
        String userId = jdbc
                .query(
                        "SELECT user_id FROM email_verification_token WHERE token_hash = ?",
                        (rs, i) -> rs.getString(1),
                        hash)
                .stream()
                .findFirst()
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-verification-token",
                        "token",
                        "the verification token is not valid; ask for a new one"));
        RequestMetadataInterceptor.actingAs(userId);
        commands.sendAndWait(new VerifyEmailCommand(UserId.of(userId), hash));
        jdbc.update("DELETE FROM email_verification_token WHERE user_id = ?", userId);
    }

    /** Sends a fresh verification link if the address belongs to an unverified account; says nothing either way. */
    public void resendVerification(String email) {
        users.byEmail(email).filter(u -> !u.emailVerified()).ifPresent(user -> {
            String token = TokenService.randomToken();
            Instant expiresAt = clock.instant().plus(properties.tokens().emailVerificationTtl());
            commands.sendAndWait(
                    new IssueEmailVerificationCommand(UserId.of(user.id()), TokenService.sha256(token), expiresAt));
            rememberVerificationToken(token, UserId.of(user.id()), expiresAt);
            sendVerificationMail(user.id(), user.email(), user.displayName(), token);
        });
    }

    /** What a correct password leads to: a session, or a challenge for the second factor. */
    public sealed interface SignIn permits SessionOpened, SecondFactorRequired {}

    public record SessionOpened(TokenService.Session session) implements SignIn {}

    /** The password was right, but two-factor authentication is on: no session until the second step passes. */
    public record SecondFactorRequired(String challengeToken, long expiresIn) implements SignIn {}

    /**
     * Checks the password. While the account is locked every attempt is refused alike (403), so the answer never
     * tells whether the password was right. A wrong one is recorded against the account (alerts and lockout follow
     * from it). With two-factor authentication on, a right one gets a challenge and never a session; otherwise the
     * sign-in is recorded and a session opened.
     */
    public Optional<SignIn> login(String email, String password) {
        Optional<UserAccountReader.UserAccountView> user = users.byEmail(email);
        if (user.isPresent() && user.get().lockedAt(clock.instant())) {
            throw LockoutPolicy.locked(user.get().lockedUntil());
        }
        String hash = user.map(UserAccountReader.UserAccountView::passwordHash).orElse(decoyHash);
        boolean matches = passwords.matches(password, hash);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String userId = user.get().id();
        if (!matches) {
            RequestMetadataInterceptor.about(userId);
            commands.sendAndWait(new RecordLoginFailureCommand(UserId.of(userId)));
            return Optional.empty();
        }
        RequestMetadataInterceptor.actingAs(userId);
        if (twoFactor.isEnabled(UserId.of(userId))) {
            return Optional.of(
                    new SecondFactorRequired(challenges.issue(userId), SecondFactorChallenges.TTL.toSeconds()));
        }
        return Optional.of(new SessionOpened(openSession(userId, user.get().roles())));
    }

    /**
     * Records a sign-in whose every factor has passed and opens its session: one limited to setting up two-factor
     * authentication for staff who do not use it while it is required.
     */
    public TokenService.Session openSession(String userId, List<String> roles) {
        // where the sign-in came from feeds the account's suspicious-login check; the account refuses while locked
        GeoLocator.Location location = geo.locate(ClientAddress.current());
        commands.sendAndWait(new RecordLoginCommand(UserId.of(userId), location.network(), location.country()));
        return tokens.open(userId, roles, sessionClaims(userId, roles));
    }

    /** The extra claims of a session's access tokens, decided afresh at every refresh. */
    public Map<String, Object> sessionClaimsOf(String userId) {
        return sessionClaims(userId, rolesOf(userId));
    }

    private Map<String, Object> sessionClaims(String userId, List<String> roles) {
        boolean limited = TwoFactorRequirementPolicy.limitedToSetup(
                roles, twoFactor.isEnabled(UserId.of(userId)), requirement.forStaff());
        return limited ? SetupOnlySession.CLAIMS : Map.of();
    }

    public List<String> rolesOf(String userId) {
        return users.byId(userId).map(UserAccountReader.UserAccountView::roles).orElse(List.of());
    }

    private void rememberVerificationToken(String token, UserId userId, Instant expiresAt) {
        jdbc.update(
                "INSERT INTO email_verification_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                TokenService.sha256(token),
                userId.value(),
                Timestamp.from(expiresAt));
    }

    /**
     * Mails the verification link. The account is stored by then, so a mail server failure is logged and the answer
     * stays a success: the person can ask for another link.
     */
    private void sendVerificationMail(String userId, String email, String displayName, String token) {
        String link = properties.link("/verify-email?token=" + token);
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
                        displayName, properties.tokens().emailVerificationTtl().toHours(), link),
                "the verification link",
                userId);
    }
}
