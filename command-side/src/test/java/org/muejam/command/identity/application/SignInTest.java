package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.BackupCodes;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryDeviceTokens;
import org.muejam.shared.identity.CheckAccountLockCommand;
import org.muejam.shared.identity.PassSecondFactorCommand;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.SecondFactorVerdict;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;

class SignInTest {

    private static final UserId READER = UserId.of("user-1");

    private final Fixtures fixtures = new Fixtures();

    @Test
    void theRightPasswordSignsInAndRecordsWhereFrom() {
        fixtures.users.account(Fixtures.READER);

        Optional<SignIn.Outcome> outcome =
                fixtures.signIn().withPassword("Reader@Example.org", Fixtures.PASSWORD, "198.51.100.1");

        assertThat(outcome).contains(new SignIn.SignedIn("user-1", List.of("USER"), false, "device-1"));
        assertThat(fixtures.commands.sent()).containsExactly(new RecordLoginCommand(READER, "net:198.51.100.1", null));
        assertThat(fixtures.attribution.recorded()).containsExactly("acting:user-1");
    }

    @Test
    void aWrongPasswordIsRecordedAgainstTheAccountAndAnUnknownAddressAgainstNone() {
        fixtures.users.account(Fixtures.READER);

        assertThat(fixtures.signIn().withPassword("reader@example.org", "wrong", null))
                .isEmpty();
        assertThat(fixtures.signIn().withPassword("nobody@example.org", Fixtures.PASSWORD, null))
                .isEmpty();

        assertThat(fixtures.commands.sent()).containsExactly(new RecordLoginFailureCommand(READER));
        assertThat(fixtures.attribution.recorded()).containsExactly("about:user-1");
    }

    @Test
    void aLockedAccountIsRefusedWhateverThePassword() {
        fixtures.users.account(new UserAccountResponse(
                "user-1",
                "reader@example.org",
                "Reader",
                List.of("USER"),
                true,
                "hashed:" + Fixtures.PASSWORD,
                Fixtures.NOW.plusSeconds(60)));

        for (String password : List.of(Fixtures.PASSWORD, "wrong")) {
            assertThatThrownBy(() -> fixtures.signIn().withPassword("reader@example.org", password, null))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class,
                            refusal -> assertThat(refusal.problemType()).isEqualTo("account-locked"));
        }
        assertThat(fixtures.commands.sent()).isEmpty();
    }

    @Test
    void aKnownDeviceSignsInWhileTheAccountIsLockedForUnknownClientsAndIsNamedToTheAccount() {
        fixtures.users.account(Fixtures.READER);
        String device = signedInDevice();
        fixtures.users.account(locked(Fixtures.NOW.plusSeconds(60)));

        Optional<SignIn.Outcome> outcome =
                fixtures.signIn().withPassword("reader@example.org", Fixtures.PASSWORD, device, null);

        assertThat(outcome).contains(new SignIn.SignedIn("user-1", List.of("USER"), false, "device-2"));
        assertThat(fixtures.commands.sent(RecordLoginCommand.class))
                .last()
                .isEqualTo(new RecordLoginCommand(READER, null, null, InMemoryDeviceTokens.idOf(device)));
    }

    @Test
    void aWrongPasswordFromAKnownDeviceIsRecordedForThatDevice() {
        fixtures.users.account(Fixtures.READER);
        String device = signedInDevice();

        assertThat(fixtures.signIn().withPassword("reader@example.org", "wrong", device, null))
                .isEmpty();

        assertThat(fixtures.commands.sent(RecordLoginFailureCommand.class))
                .containsExactly(new RecordLoginFailureCommand(READER, InMemoryDeviceTokens.idOf(device)));
    }

    @Test
    void anUnrecognisedDeviceTokenIsAnUnknownClientAndShareTheLock() {
        fixtures.users.account(Fixtures.READER);
        String device = signedInDevice();
        // the password changed since the token was issued: its stamp no longer matches
        fixtures.users.account(new UserAccountResponse(
                "user-1",
                "reader@example.org",
                "Reader",
                List.of("USER"),
                false,
                "hashed:New-password-2026!",
                Fixtures.NOW.plusSeconds(60)));

        for (String token : List.of(device, "forged", "", "\u0000".repeat(3), "x".repeat(10_000))) {
            for (String password : List.of("New-password-2026!", "wrong")) {
                assertThatThrownBy(() -> fixtures.signIn().withPassword("reader@example.org", password, token, null))
                        .as("token %s", token.length() > 20 ? token.substring(0, 20) : token)
                        .isInstanceOfSatisfying(
                                DomainRuleViolation.class,
                                refusal -> assertThat(refusal.problemType()).isEqualTo("account-locked"));
            }
        }
        assertThat(fixtures.commands.sent(RecordLoginFailureCommand.class)).isEmpty();
    }

    /** Signs the reader in once and returns the device token the sign-in handed out. */
    private String signedInDevice() {
        return ((SignIn.SignedIn) fixtures.signIn()
                        .withPassword("reader@example.org", Fixtures.PASSWORD, null)
                        .orElseThrow())
                .deviceToken();
    }

    private static UserAccountResponse locked(Instant until) {
        return new UserAccountResponse(
                "user-1", "reader@example.org", "Reader", List.of("USER"), false, "hashed:" + Fixtures.PASSWORD, until);
    }

    @Test
    void withTwoFactorOnThePasswordLeadsToAChallengeAndTheCodeToTheSignIn() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        fixtures.commands.answer(PassSecondFactorCommand.class, SecondFactorVerdict.pass());
        SignIn signIn = fixtures.signIn();

        SignIn.Outcome outcome = signIn.withPassword("reader@example.org", Fixtures.PASSWORD, null)
                .orElseThrow();

        assertThat(outcome).isEqualTo(new SignIn.SecondFactorRequired("challenge-1", 300));
        assertThat(fixtures.commands.sent()).containsExactly(new CheckAccountLockCommand(READER, null));

        SignIn.SignedIn signedIn = signIn.withSecondFactor("challenge-1", "123456", false, null);

        assertThat(signedIn).isEqualTo(new SignIn.SignedIn("user-1", List.of("USER"), false, "device-1"));
        assertThat(fixtures.commands.sent())
                .containsExactly(
                        new CheckAccountLockCommand(READER, null),
                        new PassSecondFactorCommand(READER, "123456"),
                        new RecordLoginCommand(READER, null, null));
        assertThatThrownBy(() -> signIn.withSecondFactor("challenge-1", "123456", false, null))
                .isInstanceOfSatisfying(
                        SecondFactorRefused.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("invalid-challenge"));
    }

    @Test
    void aWrongCodeTellsTheTriesLeftAndSignsNobodyIn() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        fixtures.commands.refuse(
                PassSecondFactorCommand.class,
                DomainRuleViolation.invalid("invalid-two-factor-code", "code", "the code is wrong"));
        String challenge = ((SignIn.SecondFactorRequired) fixtures.signIn()
                        .withPassword("reader@example.org", Fixtures.PASSWORD, null)
                        .orElseThrow())
                .challengeToken();

        assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(challenge, "000000", false, null))
                .isInstanceOfSatisfying(SecondFactorRefused.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("invalid-two-factor-code");
                    assertThat(refusal.remainingAttempts()).isEqualTo(4);
                    assertThat(refusal.getMessage()).isEqualTo("the code is wrong (4 tries left)");
                });
        assertThat(fixtures.commands.sent(RecordLoginCommand.class)).isEmpty();
    }

    @Test
    void aRefusedCodeIsAnsweredWithTheTriesLeftAndSignsNobodyIn() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        fixtures.commands.answer(
                UseBackupCodeCommand.class, SecondFactorVerdict.refused("invalid-backup-code", "not a backup code"));
        String challenge = challenge();

        assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(challenge, "aaaa-bbbb-cccc", true, null))
                .isInstanceOfSatisfying(SecondFactorRefused.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(401);
                    assertThat(refusal.problemType()).isEqualTo("invalid-backup-code");
                    assertThat(refusal.remainingAttempts()).isEqualTo(4);
                    assertThat(refusal.getMessage()).isEqualTo("not a backup code (4 tries left)");
                    assertThat(refusal.retryAfterSeconds()).isNull();
                });
        assertThat(fixtures.commands.sent(UseBackupCodeCommand.class))
                .containsExactly(new UseBackupCodeCommand(READER, BackupCodes.hash(READER, "aaaa-bbbb-cccc")));
    }

    @Test
    void aLockedSecondFactorIsRefusedWith423UntilTheLockEndsWhateverTheChallengeOrAddress() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        Instant until = Fixtures.NOW.plusSeconds(90);
        fixtures.commands.answer(PassSecondFactorCommand.class, SecondFactorVerdict.locked(until));
        List<String> challenges = List.of(challenge(), challenge());

        for (int i = 0; i < challenges.size(); i++) {
            String challenge = challenges.get(i);
            String address = "198.51.100." + i;
            assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(challenge, "123456", false, address))
                    .isInstanceOfSatisfying(SecondFactorRefused.class, refusal -> {
                        assertThat(refusal.status()).isEqualTo(423);
                        assertThat(refusal.problemType()).isEqualTo("second-factor-locked");
                        assertThat(refusal.retryAfterSeconds()).isEqualTo(90L);
                        assertThat(refusal.lockedUntil()).isEqualTo(until);
                        assertThat(refusal.remainingAttempts()).isNull();
                    });
        }
        assertThat(fixtures.commands.sent(RecordLoginCommand.class)).isEmpty();
    }

    private String challenge() {
        return ((SignIn.SecondFactorRequired) fixtures.signIn()
                        .withPassword("reader@example.org", Fixtures.PASSWORD, null)
                        .orElseThrow())
                .challengeToken();
    }

    @Test
    void staffWithoutTwoFactorGetSessionsLimitedToItsSetupWhileItIsRequired() {
        aModerator();
        fixtures.staffMustUseTwoFactor = true;

        assertThat(fixtures.signIn().withPassword("mod@example.org", Fixtures.PASSWORD, null))
                .contains(new SignIn.SignedIn("mod-1", List.of("USER", "MODERATOR"), true, "device-1"));
        assertThat(fixtures.signIn().limitedToSetup("user-1", List.of("USER"))).isFalse();

        fixtures.twoFactor.enabled(UserId.of("mod-1"));
        assertThat(fixtures.signIn().limitedToSetup("mod-1", List.of("USER", "MODERATOR")))
                .isFalse();
    }

    @Test
    void theSecondFactorIsCheckedInThePersonsNameAndTheirSignInRecorded() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        fixtures.commands.answer(PassSecondFactorCommand.class, SecondFactorVerdict.pass());
        String challenge = challenge();
        List<String> before = fixtures.attribution.recorded();

        fixtures.signIn().withSecondFactor(challenge, "123456", false, null);

        assertThat(fixtures.attribution.recorded())
                .hasSize(before.size() + 1)
                .last()
                .isEqualTo("acting:user-1");
    }

    @Test
    void aCodeRefusedBehindTheCommandBusIsAWrongCodeAndAnyOtherRefusalEndsTheChallenge() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        fixtures.commands.refuse(
                PassSecondFactorCommand.class,
                new CommandExecutionException(
                        "refused",
                        DomainRuleViolation.invalid("invalid-two-factor-code", "code", "the code is wrong")));

        assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(challenge(), "000000", false, null))
                .isInstanceOfSatisfying(SecondFactorRefused.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("invalid-two-factor-code");
                    assertThat(refusal.getMessage()).isEqualTo("the code is wrong (4 tries left)");
                });

        fixtures.commands.refuse(
                PassSecondFactorCommand.class,
                new CommandExecutionException(
                        "refused", DomainRuleViolation.notFound("two-factor-not-enabled", "code", "no second factor")));
        assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(challenge(), "000000", false, null))
                .isInstanceOfSatisfying(
                        SecondFactorRefused.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("invalid-challenge"));
        assertThat(fixtures.commands.sent(RecordLoginCommand.class)).isEmpty();
    }

    @Test
    void aFailureThatIsNoRuleOfTheAccountReachesTheCallerAsItIs() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        IllegalStateException outage = new IllegalStateException("the event store is unreachable");
        CommandExecutionException wrapped = new CommandExecutionException("failed", outage);
        String first = challenge();
        String second = challenge();

        fixtures.commands.refuse(PassSecondFactorCommand.class, outage);
        assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(first, "123456", false, null))
                .isSameAs(outage);
        fixtures.commands.refuse(PassSecondFactorCommand.class, wrapped);
        assertThatThrownBy(() -> fixtures.signIn().withSecondFactor(second, "123456", false, null))
                .isSameAs(wrapped);
    }

    @Test
    void theLastWrongCodeSaysNoTriesAreLeft() {
        fixtures.users.account(Fixtures.READER);
        fixtures.twoFactor.enabled(READER);
        fixtures.commands.answer(
                PassSecondFactorCommand.class, SecondFactorVerdict.refused("invalid-two-factor-code", "wrong"));
        String challenge = challenge();
        List<String> messages = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            messages.add(catchThrowableOfType(
                            () -> fixtures.signIn().withSecondFactor(challenge, "000000", false, null),
                            SecondFactorRefused.class)
                    .getMessage());
        }

        assertThat(messages)
                .containsExactly(
                        "wrong (4 tries left)",
                        "wrong (3 tries left)",
                        "wrong (2 tries left)",
                        "wrong (1 try left)",
                        "wrong; no tries left: sign in again");
    }

    @Test
    void theRolesOfAPersonAreTheOnesTheirAccountHasNowAndNoneForAnUnknownId() {
        aModerator();

        assertThat(fixtures.signIn().rolesOf("mod-1")).containsExactly("USER", "MODERATOR");
        assertThat(fixtures.signIn().rolesOf("nobody")).isEmpty();
    }

    private void aModerator() {
        fixtures.users.account(new UserAccountResponse(
                "mod-1",
                "mod@example.org",
                "Moderator",
                List.of("USER", "MODERATOR"),
                true,
                "hashed:" + Fixtures.PASSWORD,
                null));
    }
}
