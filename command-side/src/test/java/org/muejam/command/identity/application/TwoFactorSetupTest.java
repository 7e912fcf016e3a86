package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.BackupCodes;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.DisableTwoFactorCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.RegenerateBackupCodesCommand;
import org.muejam.shared.identity.StartTwoFactorSetupCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;

class TwoFactorSetupTest {

    private static final UserId READER = UserId.of("user-1");

    private final Fixtures fixtures = new Fixtures();

    @Test
    void turningItOffNeedsThePasswordBeforeTheCodeIsEvenTried() {
        fixtures.users.account(Fixtures.READER);

        assertThatThrownBy(() -> fixtures.twoFactorSetup().disable("user-1", "wrong", "123456"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("wrong-password"));
        assertThat(fixtures.commands.sent()).containsExactly(new RecordLoginFailureCommand(READER));

        fixtures.twoFactorSetup().disable("user-1", Fixtures.PASSWORD, "123456");

        assertThat(fixtures.commands.sent())
                .containsExactly(
                        new RecordLoginFailureCommand(READER),
                        new DisableTwoFactorCommand(READER, "123456", BackupCodes.hash(READER, "123456")));
        assertThat(fixtures.mailer.sent())
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("is off"));
    }

    @Test
    void aSetupStartsWithASecretTheAppReadsFromItsKeyUri() {
        fixtures.users.account(Fixtures.READER);

        TwoFactorSetup.Started started = fixtures.twoFactorSetup().start("user-1", Fixtures.PASSWORD);

        assertThat(fixtures.commands.sent()).containsExactly(new StartTwoFactorSetupCommand(READER, started.secret()));
        assertThat(started.otpauthUri())
                .startsWith("otpauth://totp/MueJam%20Library:reader%40example.org?secret=" + started.secret());
    }

    @Test
    void anAccountOfAnotherIssuerHasNoTwoFactorHere() {
        assertThatThrownBy(() -> fixtures.twoFactorSetup().start("external-1", Fixtures.PASSWORD))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("account-not-found"));
    }

    @Test
    void confirmingTheAppGivesTenBackupCodesWhoseHashesTheAccountKeepsAndMailsTheOwner() {
        fixtures.users.account(Fixtures.READER);

        List<String> codes = fixtures.twoFactorSetup().confirm("user-1", "123456");

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(fixtures.commands.sent())
                .containsExactly(new ConfirmTwoFactorSetupCommand(READER, "123456", BackupCodes.hashes(READER, codes)));
        assertThat(fixtures.mailer.sent())
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("is on"));
    }

    @Test
    void regeneratingGivesNewCodesAndMailsTheOwner() {
        fixtures.users.account(Fixtures.READER);

        List<String> codes = fixtures.twoFactorSetup().regenerateBackupCodes("user-1", Fixtures.PASSWORD, "123456");

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(fixtures.commands.sent())
                .containsExactly(new RegenerateBackupCodesCommand(READER, "123456", BackupCodes.hashes(READER, codes)));
        assertThat(fixtures.mailer.sent())
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("New backup codes"));
    }

    @Test
    void settingUpAndRegeneratingNeedThePasswordBeforeAnythingElse() {
        fixtures.users.account(Fixtures.READER);
        TwoFactorSetup setup = fixtures.twoFactorSetup();

        for (String missing : Arrays.asList(null, "", " ")) {
            assertThatThrownBy(() -> setup.start("user-1", missing))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.problemType()).isEqualTo("validation-failed");
                        assertThat(refusal.field()).isEqualTo("password");
                    });
            assertThatThrownBy(() -> setup.regenerateBackupCodes("user-1", missing, "123456"))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class,
                            refusal -> assertThat(refusal.field()).isEqualTo("password"));
        }
        assertThat(fixtures.commands.sent())
                .as("a missing password is no guess")
                .isEmpty();

        assertThatThrownBy(() -> setup.start("user-1", "wrong"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("wrong-password"));
        assertThatThrownBy(() -> setup.regenerateBackupCodes("user-1", "wrong", "123456"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("wrong-password"));

        assertThat(fixtures.commands.sent())
                .as("each wrong password counts against the account like a wrong sign-in")
                .containsExactly(new RecordLoginFailureCommand(READER), new RecordLoginFailureCommand(READER));
        assertThat(fixtures.mailer.sent()).isEmpty();
    }

    @Test
    void whileTheAccountIsLockedNoChangeIsMadeWhateverThePassword() {
        fixtures.users.account(new UserAccountResponse(
                "user-1",
                "reader@example.org",
                "Reader",
                List.of("USER"),
                true,
                "hashed:" + Fixtures.PASSWORD,
                Fixtures.NOW.plusSeconds(60)));
        TwoFactorSetup setup = fixtures.twoFactorSetup();

        for (String password : List.of(Fixtures.PASSWORD, "wrong")) {
            List<Runnable> changes = List.of(
                    () -> setup.start("user-1", password),
                    () -> setup.regenerateBackupCodes("user-1", password, "123456"),
                    () -> setup.disable("user-1", password, "123456"));
            for (Runnable change : changes) {
                assertThatThrownBy(change::run)
                        .isInstanceOfSatisfying(
                                DomainRuleViolation.class,
                                refusal -> assertThat(refusal.problemType()).isEqualTo("account-locked"));
            }
        }
        assertThat(fixtures.commands.sent()).isEmpty();
    }
}
