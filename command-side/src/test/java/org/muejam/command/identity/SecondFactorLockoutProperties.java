package org.muejam.command.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.Verdicts;
import org.muejam.shared.identity.PassSecondFactorCommand;
import org.muejam.shared.identity.SecondFactorFailedEvent;
import org.muejam.shared.identity.SecondFactorLockedEvent;
import org.muejam.shared.identity.TwoFactorEnabledEvent;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;

/**
 * Wrong codes and backup codes, in any mix and at any pace inside the window: none of the failures below the
 * threshold locks the second factor, and the failure at the threshold always does.
 */
class SecondFactorLockoutProperties {

    private static final UserId USER = new UserId("lockout-property-user");
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant START = Instant.parse("2026-02-01T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    /** One wrong try: with a backup code or an app code, {@code pause} seconds after the one before. */
    record Try(boolean backupCode, int pause) {}

    @Property(tries = 40)
    void onlyTheFailureAtTheThresholdLocks(
            @ForAll @IntRange(min = 1, max = 12) int threshold, @ForAll("tries") List<Try> tries) {
        SecondFactorLockoutPolicy policy = new SecondFactorLockoutPolicy(threshold, WINDOW, Duration.ofMinutes(10));
        List<Object> history = new ArrayList<>(List.of(
                new TwoFactorSetupStartedEvent(USER, SECRET, START.minusSeconds(120)),
                new TwoFactorEnabledEvent(
                        USER,
                        BackupCodes.hashes(USER, BackupCodes.generate(new java.security.SecureRandom())),
                        Totp.stepAt(START) - 10,
                        START.minusSeconds(100))));
        // every pause keeps all tries inside one window
        int spacing = (int) (WINDOW.toSeconds() - 1) / threshold;
        Instant now = START;
        for (int failure = 1; failure <= threshold; failure++) {
            Try attempt = tries.get((failure - 1) % tries.size());
            now = now.plusSeconds(Math.min(attempt.pause(), spacing));
            String method =
                    attempt.backupCode() ? SecondFactorFailedEvent.BACKUP_CODE : SecondFactorFailedEvent.APP_CODE;
            String reason = attempt.backupCode() ? "invalid-backup-code" : "invalid-two-factor-code";
            Object command = attempt.backupCode()
                    ? new UseBackupCodeCommand(USER, BackupCodes.hash(USER, "zzzz-zzzz-zzzz"))
                    : new PassSecondFactorCommand(USER, "abcdef");
            SecondFactorFailedEvent failed = new SecondFactorFailedEvent(USER, method, reason, failure, now);
            if (failure < threshold) {
                fixture(policy, now)
                        .given(history)
                        .when(command)
                        .expectResultMessagePayloadMatching(Verdicts.refused(reason))
                        .expectEvents(failed);
                history.add(failed);
            } else {
                Instant until = now.plus(policy.lockDuration());
                fixture(policy, now)
                        .given(history)
                        .when(command)
                        .expectResultMessagePayloadMatching(Verdicts.locked(until))
                        .expectEvents(failed, new SecondFactorLockedEvent(USER, now, until, threshold));
            }
        }
    }

    private static FixtureConfiguration<TwoFactorAuthentication> fixture(
            SecondFactorLockoutPolicy policy, Instant now) {
        FixtureConfiguration<TwoFactorAuthentication> fixture =
                new AggregateTestFixture<>(TwoFactorAuthentication.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryTwoFactorDirectory());
        fixture.registerInjectableResource(policy);
        return fixture;
    }

    @Provide
    Arbitrary<List<Try>> tries() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 600))
                .as(Try::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }
}
