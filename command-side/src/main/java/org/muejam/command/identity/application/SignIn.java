package org.muejam.command.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.BackupCodes;
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
     * two-factor authentication when {@code limitedToSetup}.
     */
    public record SignedIn(String userId, List<String> roles, boolean limitedToSetup) implements Outcome {}

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
            CommandAttribution attribution,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.challenges = challenges;
        this.staffTwoFactor = staffTwoFactor;
        this.geo = geo;
        this.attribution = attribution;
        this.clock = clock;
        this.decoyHash = passwords.hash(RandomTokens.next());
    }

    /**
     * Checks the password. While the account is locked every attempt is refused alike (403), so the answer never
     * tells whether the password was right. A wrong one is recorded against the account (alerts and lockout follow
     * from it). With two-factor authentication on, a right one gets a challenge and never a sign-in; otherwise the
     * sign-in is recorded. Empty when the address or the password is wrong.
     */
    public Optional<Outcome> withPassword(String email, String password, String ipAddress) {
        Optional<UserAccountResponse> user =
                Queries.optional(queries, new FindUserAccountByEmailQuery(email), UserAccountResponse.class);
        if (user.isPresent() && user.get().lockedAt(clock.instant())) {
            throw LockoutPolicy.locked(user.get().lockedUntil());
        }
        String hash = user.map(UserAccountResponse::passwordHash).orElse(decoyHash);
        boolean matches = passwords.matches(password, hash);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        UserId userId = UserId.of(user.get().id());
        if (!matches) {
            attribution.about(userId);
            commands.sendAndWait(new RecordLoginFailureCommand(userId));
            return Optional.empty();
        }
        attribution.actingAs(userId);
        if (twoFactor.isEnabled(userId)) {
            return Optional.of(
                    new SecondFactorRequired(challenges.issue(userId.value()), SecondFactorChallenges.TTL.toSeconds()));
        }
        return Optional.of(signedIn(userId.value(), user.get().roles(), ipAddress));
    }

    /**
     * The second step: the challenge from the password step and an app code (or a backup code). Signs in only when
     * the account's two-factor authentication accepts the code; each try counts against the challenge, and each
     * failure against the account, which locks its second factor after too many (423, whatever the challenge).
     */
    public SignedIn withSecondFactor(String challengeToken, String code, boolean backupCode, String ipAddress) {
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
        return signedIn(userId, rolesOf(userId), ipAddress);
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

    /** Records a sign-in whose every factor has passed; the account refuses it while locked. */
    private SignedIn signedIn(String userId, List<String> roles, String ipAddress) {
        // where the sign-in came from feeds the account's suspicious-login check
        GeoLocator.Location location = geo.locate(ipAddress);
        commands.sendAndWait(new RecordLoginCommand(UserId.of(userId), location.network(), location.country()));
        return new SignedIn(userId, roles, limitedToSetup(userId, roles));
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
