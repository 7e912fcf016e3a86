package org.muejam.command.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.BackupCodes;
import org.muejam.command.identity.DeviceTokens;
import org.muejam.command.identity.GeoLocator;
import org.muejam.command.identity.LockoutPolicy;
import org.muejam.command.identity.PasswordHasher;
import org.muejam.command.identity.SecondFactorChallenges;
import org.muejam.command.identity.StaffTwoFactorSetting;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.identity.TwoFactorRequirementPolicy;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.command.shared.RandomTokens;
import org.muejam.shared.identity.CheckAccountLockCommand;
import org.muejam.shared.identity.FindUserAccountByEmailQuery;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.PassSecondFactorCommand;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.SecondFactorVerdict;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * Sign-in: the password, then the second factor when the person uses one. Decides whether a sign-in succeeded and
 * what its session may do; opening the session is the caller's.
 */
@Service
public class SignIn {

    /** What a correct password leads to: a sign-in, or a challenge for the second factor. */
    public sealed interface Outcome permits SignedIn, SecondFactorRequired {}

    /**
     * Every factor passed and the sign-in is recorded: open a session for these roles, limited to setting up
     * two-factor authentication when {@code limitedToSetup}; {@code deviceToken} makes the client a known device at
     * its next sign-in.
     */
    public record SignedIn(String userId, List<String> roles, boolean limitedToSetup, String deviceToken)
            implements Outcome {}

    /** The password was right, but two-factor authentication is on: no session until the second step passes. */
    public record SecondFactorRequired(String challengeToken, long expiresIn) implements Outcome {}

    /** Compared against when the email is unknown, so a miss costs as much as a wrong password. */
    private final String decoyHash;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordHasher passwords;
    private final TwoFactorDirectory twoFactor;
    private final SecondFactorChallenges challenges;
    private final StaffTwoFactorSetting staffTwoFactor;
    private final GeoLocator geo;
    private final DeviceTokens devices;
    private final CommandAttribution attribution;
    private final Clock clock;

    public SignIn(
            CommandGateway commands,
            QueryGateway queries,
            PasswordHasher passwords,
            TwoFactorDirectory twoFactor,
            SecondFactorChallenges challenges,
            StaffTwoFactorSetting staffTwoFactor,
            GeoLocator geo,
            DeviceTokens devices,
            CommandAttribution attribution,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.challenges = challenges;
        this.staffTwoFactor = staffTwoFactor;
        this.geo = geo;
        this.devices = devices;
        this.attribution = attribution;
        this.clock = clock;
        this.decoyHash = passwords.hash(RandomTokens.next());
    }

    public Optional<Outcome> withPassword(String email, String password, String ipAddress) {
        return withPassword(email, password, null, ipAddress);
    }

    /**
     * Checks the password; {@code deviceToken} (may be null) makes the client a known device when it is valid for
     * the account. While the account is locked for the client, every attempt is refused alike (403 account-locked):
     * the password is hashed all the same and the answer never tells whether it was right. A wrong one is recorded
     * against the account, counted for the known device or for unknown clients (alerts and lockout follow from it).
     * With two-factor authentication on, a right one gets a challenge and never a sign-in; otherwise the sign-in is
     * recorded. Empty when the address or the password is wrong.
     */
    public Optional<Outcome> withPassword(String email, String password, String deviceToken, String ipAddress) {
        Optional<UserAccountResponse> user =
                Queries.optional(queries, new FindUserAccountByEmailQuery(email), UserAccountResponse.class);
        String hash = user.map(UserAccountResponse::passwordHash).orElse(decoyHash);
        boolean matches = passwords.matches(password, hash);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        UserId userId = UserId.of(user.get().id());
        String deviceId = knownDevice(deviceToken, user.get()).orElse(null);
        // the read model's lock answers unknown clients at once; the account judges known devices, which it may
        // have locked on their own, and any lock the read model has not seen yet
        if (deviceId == null && user.get().lockedAt(clock.instant())) {
            throw LockoutPolicy.locked(user.get().lockedUntil());
        }
        if (!matches) {
            attribution.about(userId);
            commands.sendAndWait(new RecordLoginFailureCommand(userId, deviceId));
            return Optional.empty();
        }
        attribution.actingAs(userId);
        if (twoFactor.isEnabled(userId)) {
            commands.sendAndWait(new CheckAccountLockCommand(userId, deviceId));
            return Optional.of(
                    new SecondFactorRequired(challenges.issue(userId.value()), SecondFactorChallenges.TTL.toSeconds()));
        }
        return Optional.of(signedIn(user.get(), ipAddress, deviceId));
    }

    /**
     * The second step: the challenge from the password step and an app code (or a backup code). Signs in only when
     * the account's two-factor authentication accepts the code; each try counts against the challenge, and each
     * failure against the account, which locks its second factor after too many (423, whatever the challenge).
     */
    public SignedIn withSecondFactor(String challengeToken, String code, boolean backupCode, String ipAddress) {
        return withSecondFactor(challengeToken, code, backupCode, ipAddress, null);
    }

    /**
     * The second step, from a client that may hold a device token ({@code deviceToken}, may be null): a known device
     * signs in even when the account was locked for unknown clients after its password step.
     */
    public SignedIn withSecondFactor(
            String challengeToken, String code, boolean backupCode, String ipAddress, String deviceToken) {
        SecondFactorChallenges.Attempt attempt =
                challenges.attempt(challengeToken).orElseThrow(SecondFactorRefused::challengeInvalid);
        String userId = attempt.userId();
        UserId id = UserId.of(userId);
        attribution.actingAs(id);
        Object command = backupCode
                ? new UseBackupCodeCommand(id, BackupCodes.hash(id, code))
                : new PassSecondFactorCommand(id, code);
        Object result;
        try {
            result = commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            DomainRuleViolation violation = violation(failure).orElseThrow(() -> failure);
            if (violation.kind() != DomainRuleViolation.Kind.INVALID) {
                throw SecondFactorRefused.challengeInvalid();
            }
            throw SecondFactorRefused.wrongCode(violation.problemType(), violation.getMessage(), attempt.remaining());
        }
        if (!(result instanceof SecondFactorVerdict verdict)) {
            throw new IllegalStateException("the second factor answered " + result + " instead of a verdict");
        }
        if (verdict.isLocked()) {
            throw SecondFactorRefused.locked(
                    verdict.problemType(), verdict.detail(), verdict.lockedUntil(), clock.instant());
        }
        if (!verdict.passed()) {
            throw SecondFactorRefused.wrongCode(verdict.problemType(), verdict.detail(), attempt.remaining());
        }
        if (!challenges.consume(challengeToken)) {
            throw SecondFactorRefused.challengeInvalid();
        }
        UserAccountResponse user = Queries.optional(
                        queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                .orElseThrow(SecondFactorRefused::challengeInvalid);
        return signedIn(user, ipAddress, knownDevice(deviceToken, user).orElse(null));
    }

    /** The person's roles as they are now: a session's tokens carry them afresh at every refresh. */
    public List<String> rolesOf(String userId) {
        return Queries.optional(queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                .map(UserAccountResponse::roles)
                .orElse(List.of());
    }

    /** Whether a session (or key) of the person with these roles may only set up two-factor authentication. */
    public boolean limitedToSetup(String userId, List<String> roles) {
        // staff first, so a reader's session costs no lookup of their second factor
        return TwoFactorRequirementPolicy.isStaff(roles)
                && TwoFactorRequirementPolicy.limitedToSetup(
                        roles, twoFactor.isEnabled(UserId.of(userId)), staffTwoFactor.required());
    }

    /**
     * Records a sign-in whose every factor has passed (the account refuses it while locked for the client) and hands
     * the client a fresh device token.
     */
    private SignedIn signedIn(UserAccountResponse user, String ipAddress, String deviceId) {
        UserId userId = UserId.of(user.id());
        // where the sign-in came from feeds the account's suspicious-login check
        GeoLocator.Location location = geo.locate(ipAddress);
        commands.sendAndWait(new RecordLoginCommand(userId, location.network(), location.country(), deviceId));
        return new SignedIn(
                user.id(),
                user.roles(),
                limitedToSetup(user.id(), user.roles()),
                devices.issue(userId, user.email(), user.passwordHash()));
    }

    private Optional<String> knownDevice(String deviceToken, UserAccountResponse user) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return Optional.empty();
        }
        return devices.recognise(deviceToken, UserId.of(user.id()), user.email(), user.passwordHash());
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
