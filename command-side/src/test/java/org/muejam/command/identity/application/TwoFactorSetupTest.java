package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.BackupCodes;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.DisableTwoFactorCommand;
import org.muejam.shared.identity.RegenerateBackupCodesCommand;
import org.muejam.shared.identity.StartTwoFactorSetupCommand;
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
        assertThat(fixtures.commands.sent()).isEmpty();

        fixtures.twoFactorSetup().disable("user-1", Fixtures.PASSWORD, "123456");

        assertThat(fixtures.commands.sent())
                .containsExactly(new DisableTwoFactorCommand(READER, "123456", BackupCodes.hash(READER, "123456")));
        assertThat(fixtures.mailer.sent())
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("is off"));
    }

    @Test
    void aSetupStartsWithASecretTheAppReadsFromItsKeyUri() {
        fixtures.users.account(Fixtures.READER);

        TwoFactorSetup.Started started = fixtures.twoFactorSetup().start("user-1");

        assertThat(fixtures.commands.sent()).containsExactly(new StartTwoFactorSetupCommand(READER, started.secret()));
        assertThat(started.otpauthUri())
                .startsWith("otpauth://totp/MueJam%20Library:reader%40example.org?secret=" + started.secret());
    }

    @Test
    void anAccountOfAnotherIssuerHasNoTwoFactorHere() {
        assertThatThrownBy(() -> fixtures.twoFactorSetup().start("external-1"))
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

        List<String> codes = fixtures.twoFactorSetup().regenerateBackupCodes("user-1", "123456");

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(fixtures.commands.sent())
                .containsExactly(new RegenerateBackupCodesCommand(READER, "123456", BackupCodes.hashes(READER, codes)));
        assertThat(fixtures.mailer.sent())
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("New backup codes"));
    }
}
