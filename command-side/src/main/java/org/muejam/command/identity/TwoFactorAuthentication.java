package org.muejam.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.BackupCodeUsedEvent;
import org.muejam.shared.identity.BackupCodesRegeneratedEvent;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.DisableTwoFactorCommand;
import org.muejam.shared.identity.EraseTwoFactorCommand;
import org.muejam.shared.identity.PassSecondFactorCommand;
import org.muejam.shared.identity.RegenerateBackupCodesCommand;
import org.muejam.shared.identity.SecondFactorFailedEvent;
import org.muejam.shared.identity.SecondFactorLockedEvent;
import org.muejam.shared.identity.SecondFactorPassedEvent;
import org.muejam.shared.identity.SecondFactorVerdict;
import org.muejam.shared.identity.StartTwoFactorSetupCommand;
import org.muejam.shared.identity.TwoFactorDisabledEvent;
import org.muejam.shared.identity.TwoFactorEnabledEvent;
import org.muejam.shared.identity.TwoFactorIds;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Secret;

/**
 * A person's second factor (id {@code 2fa:<userId>}): the authenticator app's shared secret, the backup codes still
 * unused, and the last time step whose code was accepted, so that no code is accepted twice. Every code is checked
 * here, against the secret this aggregate holds. A failed second step of sign-in is an event, counted across every
 * challenge and address; too many within the {@link SecondFactorLockoutPolicy}'s window lock the second step.
 */
@Aggregate
public class TwoFactorAuthentication {

    /** Codes of the step before and after the current one are accepted too, for clocks that drift a little. */
    public static final int ALLOWED_SKEW_STEPS = 1;

    @AggregateIdentifier
    private String id;

    private UserId userId;

    @Secret
    private String pendingSecret;

    @Secret
    private String secret;

    @Secret
    private final Set<String> unusedBackupCodes = new HashSet<>();

    private long lastAcceptedStep = Long.MIN_VALUE;

    /** When the second steps of sign-in failed since the last success or lock, oldest first. */
    private final Deque<Instant> recentFailures = new ArrayDeque<>();

    private Instant lockedUntil;

    protected TwoFactorAuthentication() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartTwoFactorSetupCommand command, Clock clock) {
        requireNotEnabled();
        if (!Totp.isWellFormedSecret(command.secret())) {
            throw DomainRuleViolation.invalid(
                    "invalid-two-factor-secret",
                    null,
                    "the shared secret must be " + Totp.SECRET_BYTES + " bytes in base32");
        }
        apply(new TwoFactorSetupStartedEvent(command.userId(), command.secret(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConfirmTwoFactorSetupCommand command, Clock clock, TwoFactorDirectory directory) {
        requireNotEnabled();
        if (pendingSecret == null) {
            throw DomainRuleViolation.conflict(
                    "two-factor-setup-not-started", null, "start the setup first (POST /api/auth/2fa/setup)");
        }
        requireFreshBackupCodes(command.backupCodeHashes());
        long step = acceptCode(pendingSecret, command.code(), clock);
        directory.enabled(command.userId());
        apply(new TwoFactorEnabledEvent(
                command.userId(), List.copyOf(command.backupCodeHashes()), step, clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegenerateBackupCodesCommand command, Clock clock) {
        requireEnabled();
        requireFreshBackupCodes(command.backupCodeHashes());
        long step = acceptCode(secret, command.code(), clock);
        apply(new BackupCodesRegeneratedEvent(userId, List.copyOf(command.backupCodeHashes()), step, clock.instant()));
    }

    /** A wrong code is answered, not thrown, so that its failure event is stored. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SecondFactorVerdict handle(PassSecondFactorCommand command, Clock clock, SecondFactorLockoutPolicy policy) {
        requireEnabled();
        Instant now = clock.instant();
        if (isLocked(now)) {
            return SecondFactorVerdict.locked(lockedUntil);
        }
        long step;
        try {
            step = acceptCode(secret, command.code(), clock);
        } catch (DomainRuleViolation refusal) {
            return failed(SecondFactorFailedEvent.APP_CODE, refusal, now, policy);
        }
        apply(new SecondFactorPassedEvent(userId, step, now));
        return SecondFactorVerdict.pass();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SecondFactorVerdict handle(UseBackupCodeCommand command, Clock clock, SecondFactorLockoutPolicy policy) {
        requireEnabled();
        Instant now = clock.instant();
        if (isLocked(now)) {
            return SecondFactorVerdict.locked(lockedUntil);
        }
        try {
            requireUnusedBackupCode(command.backupCodeHash());
        } catch (DomainRuleViolation refusal) {
            return failed(SecondFactorFailedEvent.BACKUP_CODE, refusal, now, policy);
        }
        apply(new BackupCodeUsedEvent(userId, command.backupCodeHash(), now));
        return SecondFactorVerdict.pass();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DisableTwoFactorCommand command, Clock clock, TwoFactorDirectory directory) {
        requireEnabled();
        Instant now = clock.instant();
        if (Totp.standard().looksLikeCode(command.code())) {
            acceptCode(secret, command.code(), clock);
        } else {
            requireUnusedBackupCode(command.backupCodeHash());
            apply(new BackupCodeUsedEvent(userId, command.backupCodeHash(), now));
        }
        directory.disabled(userId);
        apply(new TwoFactorDisabledEvent(userId, now));
    }

    /**
     * The account is being erased: the second factor goes without a code (the person is gone, not signing in), with
     * its secret and backup codes, so no backup code outlives the account. Nothing to remove stores nothing.
     */
    @CommandHandler
    public void handle(EraseTwoFactorCommand command, Clock clock, TwoFactorDirectory directory) {
        if (secret == null && pendingSecret == null && unusedBackupCodes.isEmpty()) {
            return;
        }
        directory.disabled(userId);
        apply(new TwoFactorDisabledEvent(userId, clock.instant()));
    }

    @EventSourcingHandler
    void on(TwoFactorSetupStartedEvent event) {
        id = TwoFactorIds.of(event.userId());
        userId = event.userId();
        pendingSecret = event.secret();
        // codes of an earlier secret can never match this one, so replay protection starts afresh
        lastAcceptedStep = Long.MIN_VALUE;
    }

    @EventSourcingHandler
    void on(TwoFactorEnabledEvent event) {
        secret = pendingSecret;
        pendingSecret = null;
        unusedBackupCodes.clear();
        unusedBackupCodes.addAll(event.backupCodeHashes());
        lastAcceptedStep = Math.max(lastAcceptedStep, event.timeStep());
    }

    @EventSourcingHandler
    void on(BackupCodesRegeneratedEvent event) {
        unusedBackupCodes.clear();
        unusedBackupCodes.addAll(event.backupCodeHashes());
        lastAcceptedStep = Math.max(lastAcceptedStep, event.timeStep());
    }

    @EventSourcingHandler
    void on(SecondFactorPassedEvent event) {
        lastAcceptedStep = Math.max(lastAcceptedStep, event.timeStep());
        recentFailures.clear();
    }

    @EventSourcingHandler
    void on(BackupCodeUsedEvent event) {
        unusedBackupCodes.remove(event.backupCodeHash());
        recentFailures.clear();
    }

    @EventSourcingHandler
    void on(SecondFactorFailedEvent event) {
        recentFailures.addLast(event.failedAt());
        // no policy counts further back than its threshold, so older failures need not be kept
        while (recentFailures.size() > SecondFactorLockoutPolicy.MAX_TRACKED_FAILURES) {
            recentFailures.removeFirst();
        }
    }

    @EventSourcingHandler
    void on(SecondFactorLockedEvent event) {
        lockedUntil = event.lockedUntil();
        recentFailures.clear();
    }

    @EventSourcingHandler
    void on(TwoFactorDisabledEvent event) {
        secret = null;
        pendingSecret = null;
        unusedBackupCodes.clear();
        recentFailures.clear();
        lockedUntil = null;
    }

    /** Records a failed second step; the one that reaches the policy's threshold locks the second factor. */
    private SecondFactorVerdict failed(
            String method, DomainRuleViolation refusal, Instant now, SecondFactorLockoutPolicy policy) {
        int failures = policy.failuresCounting(recentFailures, now);
        apply(new SecondFactorFailedEvent(userId, method, refusal.problemType(), failures, now));
        if (policy.locks(failures)) {
            Instant until = policy.lockedUntil(now);
            apply(new SecondFactorLockedEvent(userId, now, until, failures));
            return SecondFactorVerdict.locked(until);
        }
        return SecondFactorVerdict.refused(refusal.problemType(), refusal.getMessage());
    }

    private boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    private void requireNotEnabled() {
        if (secret != null) {
            throw DomainRuleViolation.conflict(
                    "two-factor-already-enabled",
                    null,
                    "two-factor authentication is already on; turn it off first to pair another app");
        }
    }

    private void requireEnabled() {
        if (secret == null) {
            throw DomainRuleViolation.conflict(
                    "two-factor-not-enabled", null, "two-factor authentication is not on for this account");
        }
    }

    private static void requireFreshBackupCodes(List<String> hashes) {
        if (hashes == null
                || hashes.size() != BackupCodes.COUNT
                || hashes.stream().anyMatch(h -> h == null || h.isBlank())
                || new HashSet<>(hashes).size() != BackupCodes.COUNT) {
            throw DomainRuleViolation.invalid(
                    "invalid-backup-codes",
                    null,
                    "exactly " + BackupCodes.COUNT + " distinct backup codes are required");
        }
    }

    private void requireUnusedBackupCode(String hash) {
        if (hash == null || !unusedBackupCodes.contains(hash)) {
            throw DomainRuleViolation.invalid(
                    "invalid-backup-code", "code", "the backup code is not valid or was already used");
        }
    }

    /**
     * The time step whose code {@code code} is, within the allowed skew and later than the last accepted one; a code
     * that was already accepted (or an older one) is refused, so an observed code cannot be replayed.
     */
    private long acceptCode(String sharedSecret, String code, Clock clock) {
        String digits = Totp.withoutBlanks(code);
        if (!Totp.isWellFormedSecret(sharedSecret) || !Totp.standard().looksLikeCode(digits)) {
            throw invalidCode();
        }
        byte[] key = Totp.keyOf(sharedSecret);
        long now = Totp.stepAt(clock.instant());
        boolean spent = false;
        for (long step = now - ALLOWED_SKEW_STEPS; step <= now + ALLOWED_SKEW_STEPS; step++) {
            if (Totp.standard().matches(key, digits, step)) {
                if (step > lastAcceptedStep) {
                    return step;
                }
                spent = true;
            }
        }
        if (spent) {
            throw DomainRuleViolation.invalid(
                    "two-factor-code-already-used", "code", "this code was already used; wait for the next one");
        }
        throw invalidCode();
    }

    private static DomainRuleViolation invalidCode() {
        return DomainRuleViolation.invalid(
                "invalid-two-factor-code",
                "code",
                "the code is not valid; enter the current " + Totp.DIGITS + "-digit code of your authenticator app");
    }
}
