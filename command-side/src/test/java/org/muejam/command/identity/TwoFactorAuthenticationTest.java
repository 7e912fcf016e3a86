package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.Violations.conflict;
import static org.muejam.command.testing.Violations.invalid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.MovableClock;
import org.muejam.command.testing.Rfc6238;
import org.muejam.command.testing.Verdicts;
import org.muejam.shared.identity.BackupCodeUsedEvent;
import org.muejam.shared.identity.BackupCodesRegeneratedEvent;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.DisableTwoFactorCommand;
import org.muejam.shared.identity.PassSecondFactorCommand;
import org.muejam.shared.identity.RegenerateBackupCodesCommand;
import org.muejam.shared.identity.SecondFactorFailedEvent;
import org.muejam.shared.identity.SecondFactorLockedEvent;
import org.muejam.shared.identity.SecondFactorPassedEvent;
import org.muejam.shared.identity.SecondFactorVerdict;
import org.muejam.shared.identity.StartTwoFactorSetupCommand;
import org.muejam.shared.identity.TwoFactorDisabledEvent;
import org.muejam.shared.identity.TwoFactorEnabledEvent;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;

/** Specification of the second factor: pairing an app, signing in with its codes or a backup code, turning it off. */
class TwoFactorAuthenticationTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:15:30Z");
    private static final long STEP = Totp.stepAt(NOW);
    private static final UserId READER = new UserId("reader-1");
    /** Base32 of the RFC 6238 SHA-1 key "12345678901234567890". */
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final String OTHER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final Instant STARTED = NOW.minus(Duration.ofMinutes(2));
    private static final Instant ENABLED = NOW.minus(Duration.ofMinutes(1));
    private static final List<String> CODES =
            IntStream.range(0, 10).mapToObj(i -> "code-" + i + "-abcd").toList();
    private static final List<String> HASHES = BackupCodes.hashes(READER, CODES);
    private static final List<String> NEW_CODES =
            IntStream.range(0, 10).mapToObj(i -> "new-" + i + "-wxyz").toList();
    private static final List<String> NEW_HASHES = BackupCodes.hashes(READER, NEW_CODES);
    /** Three failed second factors within 15 minutes lock the second factor for 15 minutes. */
    private static final SecondFactorLockoutPolicy POLICY =
            new SecondFactorLockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private InMemoryTwoFactorDirectory directory;
    private FixtureConfiguration<TwoFactorAuthentication> fixture;

    @BeforeEach
    void setUp() {
        fixtureWith(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void fixtureWith(Clock clock) {
        directory = new InMemoryTwoFactorDirectory();
        fixture = new AggregateTestFixture<>(TwoFactorAuthentication.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(POLICY);
    }

    private static String code(long step) {
        return Rfc6238.codeOfStep(SECRET, step);
    }

    private static TwoFactorSetupStartedEvent started(String secret) {
        return new TwoFactorSetupStartedEvent(READER, secret, STARTED);
    }

    /** Enabled with the code of {@code step}, which is therefore spent. */
    private static TwoFactorEnabledEvent enabled(long step) {
        return new TwoFactorEnabledEvent(READER, HASHES, step, ENABLED);
    }

    private static SecondFactorFailedEvent failed(String method, String reason, int recent, Instant at) {
        return new SecondFactorFailedEvent(READER, method, reason, recent, at);
    }

    private static SecondFactorFailedEvent wrongAppCode(int recent, Instant at) {
        return failed(SecondFactorFailedEvent.APP_CODE, "invalid-two-factor-code", recent, at);
    }

    @Nested
    class Setup {

        @Test
        void startingRecordsTheNewSecretAtTheClockInstant() {
            fixture.givenNoPriorActivity()
                    .when(new StartTwoFactorSetupCommand(READER, SECRET))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new TwoFactorSetupStartedEvent(READER, SECRET, NOW));
        }

        @Test
        void startingAgainBeforeConfirmingReplacesThePendingSecret() {
            fixture.given(started(OTHER_SECRET))
                    .when(new StartTwoFactorSetupCommand(READER, SECRET))
                    .expectEvents(new TwoFactorSetupStartedEvent(READER, SECRET, NOW));
        }

        @Test
        void startingAfterTurningItOffIsAllowed() {
            fixture.given(started(OTHER_SECRET), enabled(STEP - 5), new TwoFactorDisabledEvent(READER, ENABLED))
                    .when(new StartTwoFactorSetupCommand(READER, SECRET))
                    .expectEvents(new TwoFactorSetupStartedEvent(READER, SECRET, NOW));
        }

        @Test
        void startingWhileEnabledIsRefused() {
            fixture.given(started(SECRET), enabled(STEP - 5))
                    .when(new StartTwoFactorSetupCommand(READER, OTHER_SECRET))
                    .expectException(conflict("two-factor-already-enabled"))
                    .expectNoEvents();
        }

        @Test
        void aSecretThatIsNotTwentyBytesOfBase32IsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new StartTwoFactorSetupCommand(READER, "JBSWY3DPEHPK3PXP"))
                    .expectException(invalid("invalid-two-factor-secret"))
                    .expectNoEvents();
        }

        @Test
        void confirmingWithTheCurrentCodeEnablesItKeepsTheBackupCodeHashesAndSpendsTheStep() {
            fixture.given(started(SECRET))
                    .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP), HASHES))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new TwoFactorEnabledEvent(READER, HASHES, STEP, NOW));
            assertThat(directory.isEnabled(READER)).isTrue();
        }

        @Test
        void codesOfTheNeighbouringStepsAreAcceptedForClockDrift() {
            fixture.given(started(SECRET))
                    .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP - 1), HASHES))
                    .expectEvents(new TwoFactorEnabledEvent(READER, HASHES, STEP - 1, NOW));
            setUp();
            fixture.given(started(SECRET))
                    .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP + 1), HASHES))
                    .expectEvents(new TwoFactorEnabledEvent(READER, HASHES, STEP + 1, NOW));
        }

        @Test
        void codesTwoStepsAwayAreRefused() {
            for (long step : new long[] {STEP - 2, STEP + 2}) {
                setUp();
                fixture.given(started(SECRET))
                        .when(new ConfirmTwoFactorSetupCommand(READER, code(step), HASHES))
                        .expectException(invalid("invalid-two-factor-code"))
                        .expectNoEvents();
            }
        }

        @Test
        void aWrongCodeIsRefusedAndTheSetupStaysPending() {
            fixture.given(started(SECRET))
                    .when(new ConfirmTwoFactorSetupCommand(READER, otherThan(code(STEP)), HASHES))
                    .expectException(invalid("invalid-two-factor-code"))
                    .expectNoEvents();
            assertThat(directory.isEnabled(READER)).isFalse();
        }

        @Test
        void aCodeOfAReplacedSecretIsRefused() {
            fixture.given(started(SECRET), started(OTHER_SECRET))
                    .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP), HASHES))
                    .expectException(invalid("invalid-two-factor-code"));
        }

        @Test
        void confirmingWithoutStartingIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP), HASHES))
                    .expectException(conflict("two-factor-setup-not-started"))
                    .expectNoEvents();
        }

        @Test
        void confirmingTwiceIsRefused() {
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP), HASHES))
                    .expectException(conflict("two-factor-already-enabled"));
        }

        @Test
        void anythingButTenDistinctBackupCodesIsRefused() {
            List<String> repeated = new ArrayList<>(HASHES.subList(0, 9));
            repeated.add(HASHES.get(0));
            for (List<String> wrong : List.of(HASHES.subList(0, 9), repeated, List.<String>of())) {
                setUp();
                fixture.given(started(SECRET))
                        .when(new ConfirmTwoFactorSetupCommand(READER, code(STEP), wrong))
                        .expectException(invalid("invalid-backup-codes"))
                        .expectNoEvents();
            }
        }

        /** Debian's oathtool stands for any authenticator app; skipped where it is not installed. */
        @Test
        void aCodeComputedByOathtoolIsAcceptedByTheVerifier() throws Exception {
            String now = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                    .withZone(ZoneOffset.UTC)
                    .format(NOW);
            String oath = TotpTest.oathtool("--totp", "-b", "--now", now, SECRET);

            fixture.given(started(SECRET))
                    .when(new ConfirmTwoFactorSetupCommand(READER, oath, HASHES))
                    .expectEvents(new TwoFactorEnabledEvent(READER, HASHES, STEP, NOW));
        }
    }

    @Nested
    class SecondStepOfSignIn {

        @Test
        void aCurrentCodePassesAndSpendsItsTimeStep() {
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectEvents(new SecondFactorPassedEvent(READER, STEP, NOW))
                    .expectResultMessagePayload(SecondFactorVerdict.pass());
        }

        @Test
        void theCodeThatConfirmedTheSetupCannotBeReplayed() {
            fixture.given(started(SECRET), enabled(STEP))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectResultMessagePayloadMatching(Verdicts.refused("two-factor-code-already-used"))
                    .expectEvents(failed(SecondFactorFailedEvent.APP_CODE, "two-factor-code-already-used", 1, NOW));
        }

        @Test
        void aCodeIsAcceptedOnlyOnceInsideItsWindow() {
            fixture.given(started(SECRET), enabled(STEP - 5), new SecondFactorPassedEvent(READER, STEP, NOW))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectResultMessagePayloadMatching(Verdicts.refused("two-factor-code-already-used"));
        }

        @Test
        void anOlderCodeAfterANewerOneIsRefused() {
            fixture.given(started(SECRET), enabled(STEP - 5), new SecondFactorPassedEvent(READER, STEP + 1, NOW))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectResultMessagePayloadMatching(Verdicts.refused("two-factor-code-already-used"));
        }

        @Test
        void aWrongOrMalformedCodeIsRefusedAndRecordedWithoutTheCode() {
            for (String wrong : List.of(otherThan(code(STEP)), "12345", "abcdef", "")) {
                setUp();
                fixture.given(started(SECRET), enabled(STEP - 5))
                        .when(new PassSecondFactorCommand(READER, wrong))
                        .expectSuccessfulHandlerExecution()
                        .expectResultMessagePayloadMatching(Verdicts.refused("invalid-two-factor-code"))
                        .expectEvents(wrongAppCode(1, NOW));
            }
        }

        @Test
        void aPendingSetupDoesNotSignAnyoneIn() {
            fixture.given(started(SECRET))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectException(conflict("two-factor-not-enabled"));
        }

        @Test
        void nothingPassesForAnAccountThatNeverSetItUp() {
            fixture.givenNoPriorActivity()
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectException(conflict("two-factor-not-enabled"))
                    .expectNoEvents();
        }

        @Test
        void anErasedSecretAcceptsNoCode() {
            fixture.given(started("[erased]"), enabled(STEP - 5))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectResultMessagePayloadMatching(Verdicts.refused("invalid-two-factor-code"));
        }
    }

    @Nested
    class BackupCodesOfTheAccount {

        @Test
        void anUnusedBackupCodeSignsInOnce() {
            String hash = BackupCodes.hash(READER, CODES.get(3));
            fixture.given(started(SECRET), enabled(STEP))
                    .when(new UseBackupCodeCommand(READER, hash))
                    .expectEvents(new BackupCodeUsedEvent(READER, hash, NOW))
                    .expectResultMessagePayload(SecondFactorVerdict.pass());
        }

        @Test
        void aUsedBackupCodeIsRefusedAndRecordedWithoutItsHash() {
            String hash = BackupCodes.hash(READER, CODES.get(3));
            fixture.given(started(SECRET), enabled(STEP), new BackupCodeUsedEvent(READER, hash, NOW))
                    .when(new UseBackupCodeCommand(READER, hash))
                    .expectResultMessagePayloadMatching(Verdicts.refused("invalid-backup-code"))
                    .expectEvents(failed(SecondFactorFailedEvent.BACKUP_CODE, "invalid-backup-code", 1, NOW));
        }

        @Test
        void anUnknownBackupCodeIsRefused() {
            fixture.given(started(SECRET), enabled(STEP))
                    .when(new UseBackupCodeCommand(READER, BackupCodes.hash(READER, "aaaa-bbbb-cccc")))
                    .expectResultMessagePayloadMatching(Verdicts.refused("invalid-backup-code"));
        }

        @Test
        void regeneratingWithACurrentCodeReplacesEveryCode() {
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new RegenerateBackupCodesCommand(READER, code(STEP), NEW_HASHES))
                    .expectEvents(new BackupCodesRegeneratedEvent(READER, NEW_HASHES, STEP, NOW));
        }

        @Test
        void afterRegeneratingTheOldCodesAreVoidAndTheNewOnesWork() {
            BackupCodesRegeneratedEvent regenerated = new BackupCodesRegeneratedEvent(READER, NEW_HASHES, STEP, NOW);
            fixture.given(started(SECRET), enabled(STEP - 1), regenerated)
                    .when(new UseBackupCodeCommand(READER, HASHES.get(0)))
                    .expectResultMessagePayloadMatching(Verdicts.refused("invalid-backup-code"));
            setUp();
            fixture.given(started(SECRET), enabled(STEP - 1), regenerated)
                    .when(new UseBackupCodeCommand(READER, NEW_HASHES.get(0)))
                    .expectEvents(new BackupCodeUsedEvent(READER, NEW_HASHES.get(0), NOW));
        }

        @Test
        void regeneratingWithoutAValidFreshCodeIsRefused() {
            fixture.given(started(SECRET), enabled(STEP))
                    .when(new RegenerateBackupCodesCommand(READER, code(STEP), NEW_HASHES))
                    .expectException(invalid("two-factor-code-already-used"));
            setUp();
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new RegenerateBackupCodesCommand(READER, otherThan(code(STEP)), NEW_HASHES))
                    .expectException(invalid("invalid-two-factor-code"));
        }

        @Test
        void regeneratingWhenNotEnabledIsRefused() {
            fixture.given(started(SECRET))
                    .when(new RegenerateBackupCodesCommand(READER, code(STEP), NEW_HASHES))
                    .expectException(conflict("two-factor-not-enabled"));
        }
    }

    @Nested
    class LockoutOfTheSecondFactor {

        private final String backupHash = BackupCodes.hash(READER, CODES.get(2));

        @Test
        void failuresBelowTheThresholdAreCountedAndRefusedOneByOne() {
            fixture.given(started(SECRET), enabled(STEP - 5), wrongAppCode(1, NOW.minusSeconds(300)))
                    .when(new PassSecondFactorCommand(READER, otherThan(code(STEP))))
                    .expectResultMessagePayloadMatching(Verdicts.refused("invalid-two-factor-code"))
                    .expectEvents(wrongAppCode(2, NOW));
        }

        @Test
        void theFailureThatReachesTheThresholdLocksTheSecondFactor() {
            fixture.given(
                            started(SECRET),
                            enabled(STEP - 5),
                            wrongAppCode(1, NOW.minusSeconds(600)),
                            failed(SecondFactorFailedEvent.BACKUP_CODE, "invalid-backup-code", 2, NOW.minusSeconds(60)))
                    .when(new UseBackupCodeCommand(READER, BackupCodes.hash(READER, "aaaa-bbbb-cccc")))
                    .expectResultMessagePayloadMatching(Verdicts.locked(NOW.plus(Duration.ofMinutes(15))))
                    .expectEvents(
                            failed(SecondFactorFailedEvent.BACKUP_CODE, "invalid-backup-code", 3, NOW),
                            new SecondFactorLockedEvent(READER, NOW, NOW.plus(Duration.ofMinutes(15)), 3));
        }

        @Test
        void failuresOlderThanTheWindowDoNotCount() {
            fixture.given(
                            started(SECRET),
                            enabled(STEP - 5),
                            wrongAppCode(1, NOW.minus(Duration.ofMinutes(20))),
                            wrongAppCode(2, NOW.minus(Duration.ofMinutes(15))))
                    .when(new PassSecondFactorCommand(READER, otherThan(code(STEP))))
                    .expectEvents(wrongAppCode(1, NOW));
        }

        @Test
        void whileLockedEveryAttemptIsRefusedEvenWithTheRightCodeAndNothingIsRecorded() {
            Instant until = NOW.plusSeconds(300);
            Object[] locked = {
                started(SECRET), enabled(STEP - 5), new SecondFactorLockedEvent(READER, NOW.minusSeconds(600), until, 3)
            };
            fixture.given(locked)
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectResultMessagePayloadMatching(Verdicts.locked(until))
                    .expectNoEvents();
            setUp();
            fixture.given(locked)
                    .when(new UseBackupCodeCommand(READER, backupHash))
                    .expectResultMessagePayloadMatching(Verdicts.locked(until))
                    .expectNoEvents();
            setUp();
            fixture.given(locked)
                    .when(new PassSecondFactorCommand(READER, otherThan(code(STEP))))
                    .expectResultMessagePayloadMatching(Verdicts.locked(until))
                    .expectNoEvents();
        }

        @Test
        void theLockHoldsUntilItsEndOnTheClockAndThenTheRightCodeWorksAgain() {
            Instant until = NOW.plus(Duration.ofMinutes(15));
            for (Instant later : List.of(until.minusSeconds(1), until)) {
                MovableClock clock = new MovableClock(NOW);
                fixtureWith(clock);
                var locked = fixture.given(
                                started(SECRET),
                                enabled(STEP - 5),
                                wrongAppCode(1, NOW.minusSeconds(20)),
                                wrongAppCode(2, NOW.minusSeconds(10)))
                        .andGivenCommands(new PassSecondFactorCommand(READER, otherThan(code(STEP))));
                clock.set(later);
                long step = Totp.stepAt(later);
                var result = locked.when(new PassSecondFactorCommand(READER, code(step)));
                if (later.isBefore(until)) {
                    result.expectResultMessagePayloadMatching(Verdicts.locked(until))
                            .expectNoEvents();
                } else {
                    result.expectResultMessagePayload(SecondFactorVerdict.pass())
                            .expectEvents(new SecondFactorPassedEvent(READER, step, later));
                }
            }
        }

        @Test
        void afterTheLockTheCountStartsAfresh() {
            fixture.given(
                            started(SECRET),
                            enabled(STEP - 5),
                            wrongAppCode(1, NOW.minusSeconds(120)),
                            wrongAppCode(2, NOW.minusSeconds(120)),
                            wrongAppCode(3, NOW.minusSeconds(120)),
                            new SecondFactorLockedEvent(READER, NOW.minusSeconds(120), NOW.minusSeconds(1), 3))
                    .when(new PassSecondFactorCommand(READER, otherThan(code(STEP))))
                    .expectEvents(wrongAppCode(1, NOW));
        }

        @Test
        void aSuccessfulSecondFactorResetsTheCount() {
            fixture.given(
                            started(SECRET),
                            enabled(STEP - 5),
                            wrongAppCode(1, NOW.minusSeconds(60)),
                            wrongAppCode(2, NOW.minusSeconds(50)),
                            new SecondFactorPassedEvent(READER, STEP - 1, NOW.minusSeconds(40)))
                    .when(new PassSecondFactorCommand(READER, otherThan(code(STEP))))
                    .expectEvents(wrongAppCode(1, NOW));
            setUp();
            fixture.given(
                            started(SECRET),
                            enabled(STEP - 5),
                            wrongAppCode(1, NOW.minusSeconds(60)),
                            wrongAppCode(2, NOW.minusSeconds(50)),
                            new BackupCodeUsedEvent(READER, backupHash, NOW.minusSeconds(40)))
                    .when(new PassSecondFactorCommand(READER, otherThan(code(STEP))))
                    .expectEvents(wrongAppCode(1, NOW));
        }
    }

    @Nested
    class TurningItOff {

        @Test
        void aCurrentCodeTurnsItOffAndForgetsTheSecret() {
            directory.enabled(READER);
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new DisableTwoFactorCommand(READER, code(STEP), BackupCodes.hash(READER, code(STEP))))
                    .expectEvents(new TwoFactorDisabledEvent(READER, NOW));
            assertThat(directory.isEnabled(READER)).isFalse();
        }

        @Test
        void aBackupCodeTurnsItOffForSomeoneWhoLostTheApp() {
            directory.enabled(READER);
            String hash = BackupCodes.hash(READER, CODES.get(0));
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new DisableTwoFactorCommand(READER, CODES.get(0), hash))
                    .expectEvents(new BackupCodeUsedEvent(READER, hash, NOW), new TwoFactorDisabledEvent(READER, NOW));
            assertThat(directory.isEnabled(READER)).isFalse();
        }

        @Test
        void aWrongCodeLeavesItOn() {
            directory.enabled(READER);
            fixture.given(started(SECRET), enabled(STEP - 1))
                    .when(new DisableTwoFactorCommand(READER, otherThan(code(STEP)), null))
                    .expectException(invalid("invalid-two-factor-code"))
                    .expectNoEvents();
            assertThat(directory.isEnabled(READER)).isTrue();
        }

        @Test
        void onceOffNoCodeSignsInAndTurningItOffAgainIsRefused() {
            fixture.given(started(SECRET), enabled(STEP - 5), new TwoFactorDisabledEvent(READER, ENABLED))
                    .when(new PassSecondFactorCommand(READER, code(STEP)))
                    .expectException(conflict("two-factor-not-enabled"));
            setUp();
            fixture.given(started(SECRET), enabled(STEP - 5), new TwoFactorDisabledEvent(READER, ENABLED))
                    .when(new UseBackupCodeCommand(READER, HASHES.get(1)))
                    .expectException(conflict("two-factor-not-enabled"));
            setUp();
            fixture.given(started(SECRET), enabled(STEP - 5), new TwoFactorDisabledEvent(READER, ENABLED))
                    .when(new DisableTwoFactorCommand(READER, code(STEP), null))
                    .expectException(conflict("two-factor-not-enabled"));
        }
    }

    /** A six-digit code that differs from {@code code} in every position. */
    static String otherThan(String code) {
        StringBuilder other = new StringBuilder();
        for (char c : code.toCharArray()) {
            other.append((char) ('0' + (c - '0' + 5) % 10));
        }
        return other.toString();
    }
}
