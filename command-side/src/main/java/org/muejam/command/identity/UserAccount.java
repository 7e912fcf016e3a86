package org.muejam.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.legal.ConsentPolicy;
import org.muejam.command.legal.LegalCatalog;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.ModerationReason;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.BootstrapAdministratorCommand;
import org.muejam.shared.identity.CheckAccountLockCommand;
import org.muejam.shared.identity.DeviceLockedEvent;
import org.muejam.shared.identity.EmailAddress;
import org.muejam.shared.identity.EmailVerificationIssuedEvent;
import org.muejam.shared.identity.EmailVerifiedEvent;
import org.muejam.shared.identity.EraseAccountCommand;
import org.muejam.shared.identity.ExternalIdentityLinkedEvent;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.LoginFailedEvent;
import org.muejam.shared.identity.PasswordChangedEvent;
import org.muejam.shared.identity.PasswordResetRequestedEvent;
import org.muejam.shared.identity.ProfileState;
import org.muejam.shared.identity.ProfileUpdatedEvent;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.RegisterExternalUserCommand;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.ResetPasswordCommand;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.SuspiciousLoginDetectedEvent;
import org.muejam.shared.identity.SuspiciousLoginReason;
import org.muejam.shared.identity.UpdateProfileCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.identity.VerifyEmailCommand;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.DocumentVersion;
import org.muejam.shared.legal.RecordConsentCommand;
import org.muejam.shared.moderation.AccountSuspendedEvent;
import org.muejam.shared.moderation.AccountSuspensionLiftedEvent;
import org.muejam.shared.moderation.AuthorShadowbannedEvent;
import org.muejam.shared.moderation.GrantModeratorRoleCommand;
import org.muejam.shared.moderation.LiftShadowbanCommand;
import org.muejam.shared.moderation.LiftSuspensionCommand;
import org.muejam.shared.moderation.ModeratorRoleGrantedEvent;
import org.muejam.shared.moderation.ModeratorRoleRevokedEvent;
import org.muejam.shared.moderation.RevokeModeratorRoleCommand;
import org.muejam.shared.moderation.ShadowbanAuthorCommand;
import org.muejam.shared.moderation.ShadowbanLiftedEvent;
import org.muejam.shared.moderation.SuspendAccountCommand;
import org.muejam.shared.security.Secret;

/**
 * A person's account: registration, email verification, sign-ins, lockout, password resets and legal consents.
 * Wrong passwords lock the account for clients it does not know; a known device (one that signed in before and
 * holds a device token) has its own count and lock, so strangers' guesses never lock its owner out.
 */
@Aggregate
public class UserAccount {

    private static final int HOURS_KEPT = 50;

    /** Known devices whose failures or lock the account remembers at most; the oldest are forgotten first. */
    static final int DEVICES_KEPT = 100;

    @AggregateIdentifier
    private UserId userId;

    private boolean emailVerified;

    @Secret
    private String pendingTokenHash;

    private Instant pendingTokenExpiresAt;
    private int logins;
    /** Wrong passwords in a row from unknown clients, and until when they are refused. */
    private int consecutiveFailures;

    private Instant lockedUntil;
    /** Wrong passwords in a row from each known device that has any, and the devices locked until when. */
    private final Map<String, Integer> deviceFailures = boundedMap();

    private final Map<String, Instant> lockedDevices = boundedMap();
    private final Set<String> knownNetworks = new HashSet<>();
    private final Set<String> knownCountries = new HashSet<>();
    /** Hours of day (UTC) of the latest sign-ins, newest last, at most {@value #HOURS_KEPT}. */
    private final Deque<Integer> loginHours = new ArrayDeque<>();

    @Secret
    private String pendingResetHash;

    private Instant pendingResetExpiresAt;

    /** The moderation role the account holds besides USER, or null (decision 0033). */
    private Role moderationRole;

    private boolean shadowbanned;

    /** Suspended by a moderator until {@link #suspendedUntil} (null: until lifted), for {@link #suspensionReason}. */
    private boolean suspended;

    private Instant suspendedUntil;
    private String suspensionReason;
    private String suspensionCaseId;

    /** Erased on a deletion request: the account signs in nowhere and stores nothing more about the person. */
    private boolean erased;

    /** What the person shows on their profile; bio and avatar null when they have none (or once erased). */
    private String displayName;

    private String bio;
    private String avatarImageId;

    protected UserAccount() {
        // for Axon
    }

    @CommandHandler
    public UserAccount(RegisterUserCommand command, Clock clock, LegalCatalog catalog, EmailDirectory directory) {
        Instant now = clock.instant();
        AgePolicy.requireOldEnough(command.birthDate(), LocalDate.now(clock));
        ConsentPolicy.requireRegistrationConsents(command.acceptedDocuments(), catalog);
        String email = EmailAddress.normalise(command.email());
        directory.claim(email, command.userId());
        apply(new UserRegisteredEvent(
                command.userId(),
                email,
                command.displayName().strip(),
                command.passwordHash(),
                command.birthDate(),
                EnumSet.of(Role.USER),
                now));
        apply(new EmailVerificationIssuedEvent(
                command.userId(), command.verificationTokenHash(), command.verificationExpiresAt()));
        recordConsents(command.userId(), command.acceptedDocuments(), now, command.ipAddress(), command.userAgent());
    }

    /**
     * Registration of a person signed in at the external issuer: the same age and consent rules and one account per
     * address, plus one account per external identity. No password; the address is verified already when it is the
     * issuer's verified one, else by the mailed link as for any registration.
     */
    @CommandHandler
    public UserAccount(
            RegisterExternalUserCommand command,
            Clock clock,
            LegalCatalog catalog,
            EmailDirectory directory,
            ExternalIdentityDirectory identities) {
        Instant now = clock.instant();
        AgePolicy.requireOldEnough(command.birthDate(), LocalDate.now(clock));
        ConsentPolicy.requireRegistrationConsents(command.acceptedDocuments(), catalog);
        String email = EmailAddress.normalise(command.email());
        identities.link(command.identity(), command.userId());
        directory.claim(email, command.userId());
        apply(new UserRegisteredEvent(
                command.userId(),
                email,
                command.displayName().strip(),
                null,
                command.birthDate(),
                EnumSet.of(Role.USER),
                now));
        apply(new ExternalIdentityLinkedEvent(
                command.userId(),
                command.identity().issuer(),
                command.identity().subject(),
                now));
        if (command.emailVerifiedByIssuer()) {
            apply(new EmailVerifiedEvent(command.userId(), now));
        } else {
            apply(new EmailVerificationIssuedEvent(
                    command.userId(), command.verificationTokenHash(), command.verificationExpiresAt()));
        }
        recordConsents(command.userId(), command.acceptedDocuments(), now, command.ipAddress(), command.userAgent());
    }

    @CommandHandler
    public UserAccount(BootstrapAdministratorCommand command, Clock clock, EmailDirectory directory) {
        Instant now = clock.instant();
        String email = EmailAddress.normalise(command.email());
        directory.claim(email, command.userId());
        apply(new UserRegisteredEvent(
                command.userId(),
                email,
                command.displayName(),
                command.passwordHash(),
                null,
                EnumSet.of(Role.USER, Role.ADMINISTRATOR),
                now));
        apply(new EmailVerifiedEvent(command.userId(), now));
    }

    @CommandHandler
    public void handle(IssueEmailVerificationCommand command) {
        requireNotErased();
        if (emailVerified) {
            throw DomainRuleViolation.conflict("email-already-verified", null, "the email address is already verified");
        }
        apply(new EmailVerificationIssuedEvent(userId, command.tokenHash(), command.expiresAt()));
    }

    @CommandHandler
    public void handle(VerifyEmailCommand command, Clock clock) {
        if (emailVerified) {
            throw DomainRuleViolation.conflict(
                    "email-already-verified", "token", "the email address is already verified");
        }
        if (pendingTokenHash == null || !pendingTokenHash.equals(command.tokenHash())) {
            throw DomainRuleViolation.invalid(
                    "invalid-verification-token", "token", "the verification token is not valid; ask for a new one");
        }
        Instant now = clock.instant();
        if (!now.isBefore(pendingTokenExpiresAt)) {
            throw DomainRuleViolation.invalid(
                    "expired-verification-token", "token", "the verification token has expired; ask for a new one");
        }
        apply(new EmailVerifiedEvent(userId, now));
    }

    @CommandHandler
    public void handle(RecordLoginCommand command, Clock clock) {
        requireNotErased();
        Instant now = clock.instant();
        requireNotSuspended(now);
        requireNotLockedFor(command.deviceId(), now);
        List<SuspiciousLoginReason> reasons = LoginAnomalyPolicy.assess(
                logins,
                knownCountries,
                knownNetworks,
                loginHours,
                command.country(),
                command.network(),
                now.atZone(ZoneOffset.UTC).getHour());
        apply(new UserLoggedInEvent(userId, now, command.network(), command.country()));
        if (!reasons.isEmpty()) {
            apply(new SuspiciousLoginDetectedEvent(userId, reasons, now));
        }
    }

    @CommandHandler
    public void handle(CheckAccountLockCommand command, Clock clock) {
        requireNotErased();
        Instant now = clock.instant();
        requireNotSuspended(now);
        requireNotLockedFor(command.deviceId(), now);
    }

    /** A suspended account signs in nowhere (its end passed: it is over, whether or not its deadline has run). */
    private void requireNotSuspended(Instant now) {
        if (SuspensionPolicy.inForce(suspended, suspendedUntil, now)) {
            throw SuspensionPolicy.suspended(suspendedUntil, suspensionReason);
        }
    }

    /**
     * A wrong password. From a trusted device it counts against that device alone and, at the threshold, locks only
     * it; from any other client against the account's unknown clients, whose lock it raises. While a client is
     * locked out its tries are refused like a right password would be, and not recorded.
     */
    @CommandHandler
    public void handle(RecordLoginFailureCommand command, Clock clock, LockoutPolicy policy) {
        Instant now = clock.instant();
        requireNotLockedFor(command.deviceId(), now);
        boolean knownDevice = trusts(command.deviceId(), now);
        int failures = (knownDevice ? deviceFailures.getOrDefault(command.deviceId(), 0) : consecutiveFailures) + 1;
        apply(new LoginFailedEvent(userId, now, failures, knownDevice, knownDevice ? command.deviceId() : null));
        if (policy.alerts(failures)) {
            apply(new SuspiciousLoginDetectedEvent(userId, List.of(SuspiciousLoginReason.REPEATED_FAILURES), now));
        }
        if (!policy.locks(failures)) {
            return;
        }
        Instant until = now.plus(policy.lockDuration());
        if (knownDevice) {
            apply(new DeviceLockedEvent(userId, command.deviceId(), now, until, failures));
        } else if (!isLocked(now)) {
            apply(new AccountLockedEvent(userId, now, until, failures));
        }
    }

    @CommandHandler
    public void handle(RequestPasswordResetCommand command) {
        requireNotErased();
        apply(new PasswordResetRequestedEvent(userId, command.tokenHash(), command.expiresAt()));
    }

    @CommandHandler
    public void handle(ResetPasswordCommand command, Clock clock) {
        requireNotErased();
        if (pendingResetHash == null || !pendingResetHash.equals(command.tokenHash())) {
            throw DomainRuleViolation.invalid(
                    "invalid-reset-token", "token", "the password reset token is not valid; ask for a new one");
        }
        Instant now = clock.instant();
        if (!now.isBefore(pendingResetExpiresAt)) {
            throw DomainRuleViolation.invalid(
                    "expired-reset-token", "token", "the password reset token has expired; ask for a new one");
        }
        apply(new PasswordChangedEvent(userId, command.passwordHash(), now));
    }

    /** An unknown client (or a locked device) while the account is locked for unknown clients is refused. */
    private void requireNotLockedFor(String deviceId, Instant now) {
        if (!trusts(deviceId, now) && isLocked(now)) {
            throw LockoutPolicy.locked(lockedUntil);
        }
    }

    /** A device the use case recognised (its token valid for this account and password) that is not locked. */
    private boolean trusts(String deviceId, Instant now) {
        if (deviceId == null) {
            return false;
        }
        Instant until = lockedDevices.get(deviceId);
        return until == null || !now.isBefore(until);
    }

    private boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @CommandHandler
    public void handle(RecordConsentCommand command, Clock clock, LegalCatalog catalog) {
        requireNotErased();
        ConsentPolicy.requirePublished(command.document(), catalog);
        apply(new ConsentRecordedEvent(
                userId,
                command.document().type(),
                command.document().version(),
                clock.instant(),
                command.ipAddress(),
                command.userAgent()));
    }

    private static void recordConsents(
            UserId userId, List<DocumentVersion> accepted, Instant now, String ipAddress, String userAgent) {
        for (DocumentVersion document : accepted) {
            apply(new ConsentRecordedEvent(userId, document.type(), document.version(), now, ipAddress, userAgent));
        }
    }

    /** An administrator gives the account a moderation role, replacing the one it held; the same role stores nothing. */
    @CommandHandler
    public void handle(GrantModeratorRoleCommand command, Clock clock) {
        if (command.role() == null || command.role() == Role.USER) {
            throw DomainRuleViolation.invalid(
                    "invalid-role", "role", "the role is MODERATOR, SENIOR_MODERATOR or ADMINISTRATOR");
        }
        if (command.grantedBy() == null) {
            throw DomainRuleViolation.invalid("administrator-required", null, "a role is granted by an administrator");
        }
        if (command.role() == moderationRole) {
            return;
        }
        apply(new ModeratorRoleGrantedEvent(userId, command.role(), command.grantedBy(), clock.instant()));
    }

    /**
     * An administrator takes the account's moderation role away; nobody takes their own (so the last administrator
     * cannot leave the platform without one). An account without one stores nothing.
     */
    @CommandHandler
    public void handle(RevokeModeratorRoleCommand command, Clock clock) {
        if (command.revokedBy() == null) {
            throw DomainRuleViolation.invalid("administrator-required", null, "a role is revoked by an administrator");
        }
        if (moderationRole == null) {
            return;
        }
        if (userId.equals(command.revokedBy())) {
            throw DomainRuleViolation.conflict("own-role", null, "an administrator cannot take their own role away");
        }
        apply(new ModeratorRoleRevokedEvent(userId, moderationRole, command.revokedBy(), clock.instant()));
    }

    /** What the account writes is seen by itself alone from now on; shadowbanning it again stores nothing. */
    @CommandHandler
    public void handle(ShadowbanAuthorCommand command, Clock clock) {
        String reason = requireModeration(command.moderatorId(), command.reason());
        if (!shadowbanned) {
            apply(new AuthorShadowbannedEvent(userId, command.moderatorId(), reason, clock.instant()));
        }
    }

    /** The account's content is everyone's again; lifting a shadowban it does not have stores nothing. */
    @CommandHandler
    public void handle(LiftShadowbanCommand command, Clock clock) {
        String reason = requireModeration(command.moderatorId(), command.reason());
        if (shadowbanned) {
            apply(new ShadowbanLiftedEvent(userId, command.moderatorId(), reason, clock.instant()));
        }
    }

    /**
     * A moderator suspends the account for {@code days} days (null: until lifted). Suspending it again replaces the
     * suspension: the previous end's deadline is cancelled and the new one scheduled.
     */
    @CommandHandler
    public void handle(SuspendAccountCommand command, Clock clock, DeadlineManager deadlines) {
        String reason = requireModeration(command.moderatorId(), command.reason());
        Instant now = clock.instant();
        Instant until = SuspensionPolicy.until(command.days(), now);
        deadlines.cancelAllWithinScope(SuspensionEnds.NAME);
        apply(new AccountSuspendedEvent(userId, command.moderatorId(), reason, until, command.caseId(), now));
        if (until != null) {
            deadlines.schedule(until, SuspensionEnds.NAME, new SuspensionEnds(userId, until));
        }
    }

    /** The suspension ends early; lifting what is not in force (none, or its end passed) stores nothing. */
    @CommandHandler
    public void handle(LiftSuspensionCommand command, Clock clock, DeadlineManager deadlines) {
        String reason = requireModeration(command.moderatorId(), command.reason());
        Instant now = clock.instant();
        if (!SuspensionPolicy.inForce(suspended, suspendedUntil, now)) {
            return;
        }
        deadlines.cancelAllWithinScope(SuspensionEnds.NAME);
        apply(new AccountSuspensionLiftedEvent(userId, command.moderatorId(), reason, command.caseId(), now));
    }

    /**
     * The suspension ran out: the end is recorded (no moderator, by the system), unless the suspension it was
     * scheduled for was replaced or lifted meanwhile.
     */
    @DeadlineHandler(deadlineName = SuspensionEnds.NAME)
    void on(SuspensionEnds deadline, Clock clock) {
        if (!suspended || suspendedUntil == null || !suspendedUntil.equals(deadline.until())) {
            return;
        }
        apply(
                new AccountSuspensionLiftedEvent(userId, null, "suspension ended", suspensionCaseId, clock.instant()),
                MetaData.with(AuditMetadata.ACTOR_TYPE, "system").and(AuditMetadata.ACTOR_ID, "system"));
    }

    /**
     * Erases the account for a deletion request: what is personal in its events is forgotten with its key (by the
     * erasure use case), the read models forget the rest on this event. Erasing it again stores nothing. Answers the
     * avatar's image id (null for none), for the erasure to delete that image too, as often as it is asked while the
     * key lasts.
     */
    @CommandHandler
    public String handle(EraseAccountCommand command, Clock clock, DeadlineManager deadlines) {
        if (!erased) {
            deadlines.cancelAllWithinScope(SuspensionEnds.NAME);
            apply(
                    new AccountErasedEvent(userId, command.requestId(), clock.instant()),
                    MetaData.with(AuditMetadata.ACTOR_TYPE, "system").and(AuditMetadata.ACTOR_ID, "system"));
        }
        return avatarImageId;
    }

    /**
     * Changes what the person shows on their profile (the texts come screened by the profile use case): a null field
     * stays, an empty bio or avatar is taken off. A change that changes nothing stores nothing. Answers the profile as
     * it now stands.
     */
    @CommandHandler
    public ProfileState handle(UpdateProfileCommand command, Clock clock) {
        requireNotErased();
        String newName =
                command.displayName() == null ? displayName : ProfilePolicy.requireDisplayName(command.displayName());
        String newBio = command.bio() == null ? bio : noneIfEmpty(ProfilePolicy.requireBio(command.bio()));
        String newAvatar = command.avatarImageId() == null
                ? avatarImageId
                : noneIfEmpty(command.avatarImageId().strip());
        Set<String> changed = new TreeSet<>();
        if (!Objects.equals(newName, displayName)) {
            changed.add(ProfileUpdatedEvent.DISPLAY_NAME);
        }
        if (!Objects.equals(newBio, bio)) {
            changed.add(ProfileUpdatedEvent.BIO);
        }
        if (!Objects.equals(newAvatar, avatarImageId)) {
            changed.add(ProfileUpdatedEvent.AVATAR_IMAGE_ID);
        }
        if (!changed.isEmpty()) {
            apply(new ProfileUpdatedEvent(userId, newName, newBio, newAvatar, Set.copyOf(changed), clock.instant()));
        }
        return new ProfileState(newName, newBio, newAvatar);
    }

    private static String noneIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }

    /** An erased account is gone for every purpose; whoever still holds its id gets the same answer. */
    private void requireNotErased() {
        if (erased) {
            throw DomainRuleViolation.conflict("account-erased", null, "this account was erased");
        }
    }

    private static String requireModeration(UserId moderator, String reason) {
        if (moderator == null) {
            throw DomainRuleViolation.invalid("moderator-required", null, "a moderation action names its moderator");
        }
        return ModerationReason.require(reason);
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        userId = event.userId();
        displayName = event.displayName();
        moderationRole = event.roles() == null
                ? null
                : event.roles().stream()
                        .filter(role -> role != Role.USER)
                        .findFirst()
                        .orElse(null);
    }

    @EventSourcingHandler
    void on(EmailVerificationIssuedEvent event) {
        pendingTokenHash = event.tokenHash();
        pendingTokenExpiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(EmailVerifiedEvent event) {
        emailVerified = true;
        pendingTokenHash = null;
        pendingTokenExpiresAt = null;
    }

    @EventSourcingHandler
    void on(UserLoggedInEvent event) {
        logins++;
        consecutiveFailures = 0;
        deviceFailures.clear();
        if (event.network() != null) {
            knownNetworks.add(event.network());
        }
        if (event.country() != null) {
            knownCountries.add(event.country());
        }
        loginHours.addLast(event.loggedInAt().atZone(ZoneOffset.UTC).getHour());
        if (loginHours.size() > HOURS_KEPT) {
            loginHours.removeFirst();
        }
    }

    @EventSourcingHandler
    void on(LoginFailedEvent event) {
        if (event.knownDevice()) {
            deviceFailures.remove(event.deviceId());
            deviceFailures.put(event.deviceId(), event.consecutiveFailures());
        } else {
            consecutiveFailures = event.consecutiveFailures();
        }
    }

    @EventSourcingHandler
    void on(DeviceLockedEvent event) {
        deviceFailures.remove(event.deviceId());
        lockedDevices.remove(event.deviceId());
        lockedDevices.put(event.deviceId(), event.lockedUntil());
    }

    @EventSourcingHandler
    void on(AccountLockedEvent event) {
        lockedUntil = event.lockedUntil();
    }

    @EventSourcingHandler
    void on(PasswordResetRequestedEvent event) {
        pendingResetHash = event.tokenHash();
        pendingResetExpiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(PasswordChangedEvent event) {
        pendingResetHash = null;
        pendingResetExpiresAt = null;
        lockedUntil = null;
        consecutiveFailures = 0;
        // the device tokens signed for the old password are no longer recognised; their counts go with them
        deviceFailures.clear();
        lockedDevices.clear();
    }

    /** Insertion-ordered, forgetting the eldest entry beyond {@link #DEVICES_KEPT}. */
    private static <V> Map<String, V> boundedMap() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > DEVICES_KEPT;
            }
        };
    }

    @EventSourcingHandler
    void on(ModeratorRoleGrantedEvent event) {
        moderationRole = event.role();
    }

    @EventSourcingHandler
    void on(ModeratorRoleRevokedEvent event) {
        moderationRole = null;
    }

    @EventSourcingHandler
    void on(AuthorShadowbannedEvent event) {
        shadowbanned = true;
    }

    @EventSourcingHandler
    void on(ShadowbanLiftedEvent event) {
        shadowbanned = false;
    }

    @EventSourcingHandler
    void on(AccountSuspendedEvent event) {
        suspended = true;
        suspendedUntil = event.until();
        suspensionReason = event.reason();
        suspensionCaseId = event.caseId();
    }

    @EventSourcingHandler
    void on(AccountSuspensionLiftedEvent event) {
        suspended = false;
        suspendedUntil = null;
        suspensionReason = null;
        suspensionCaseId = null;
    }

    @EventSourcingHandler
    void on(ProfileUpdatedEvent event) {
        displayName = event.displayName();
        bio = event.bioShown();
        avatarImageId = event.avatarImageIdShown();
    }

    @EventSourcingHandler
    void on(AccountErasedEvent event) {
        erased = true;
        displayName = null;
        bio = null;
        // the avatar's id is kept for the erasure, which deletes the image; it reads as erased once the key is gone
        pendingTokenHash = null;
        pendingResetHash = null;
        knownNetworks.clear();
        knownCountries.clear();
        loginHours.clear();
        deviceFailures.clear();
        lockedDevices.clear();
    }
}
