package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.ResetPasswordCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;

class PasswordResetTest {

    private static final UserId READER = UserId.of("user-1");

    private final Fixtures fixtures = new Fixtures();

    @Test
    void aMailedLinkResetsThePasswordOnceAndEndsEverySession() {
        fixtures.users.account(Fixtures.READER);
        PasswordReset reset = fixtures.passwordReset();

        reset.request("reader@example.org");
        String token = fixtures.mailedToken();
        reset.confirm(token, "Another-long-passphrase-9");

        assertThat(fixtures.commands.sent())
                .containsExactly(
                        new RequestPasswordResetCommand(READER, Sha256.hex(token), Fixtures.NOW.plusSeconds(3600)),
                        new ResetPasswordCommand(READER, Sha256.hex(token), "hashed:Another-long-passphrase-9"));
        assertThat(fixtures.mailer.sent().get(0).text()).contains("https://muejam.example/reset-password?token=");
        assertThat(fixtures.tokens.size()).isZero();
        assertThat(fixtures.sessions.ended()).containsExactly(READER);
        assertThat(fixtures.attribution.recorded()).containsExactly("about:user-1", "acting:user-1");
    }

    @Test
    void anUnknownAddressGetsNoMailAndAnUnknownTokenIsInvalid() {
        fixtures.passwordReset().request("nobody@example.org");

        assertThatThrownBy(() -> fixtures.passwordReset().confirm("no-such-token", "Another-long-passphrase-9"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("invalid-reset-token"));
        assertThat(fixtures.commands.sent()).isEmpty();
        assertThat(fixtures.mailer.sent()).isEmpty();
        assertThat(fixtures.sessions.ended()).isEmpty();
    }

    @Test
    void aNewPasswordThePolicyRefusesChangesNothingAndTheLinkStaysUsable() {
        fixtures.users.account(Fixtures.READER);
        PasswordReset reset = fixtures.passwordReset();
        reset.request("reader@example.org");
        String token = fixtures.mailedToken();

        for (String weak : List.of("short", "a".repeat(20), "Reader-reader@example.org")) {
            assertThatThrownBy(() -> reset.confirm(token, weak))
                    .as(weak)
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class,
                            refusal -> assertThat(refusal.problemType()).isEqualTo("weak-password"));
        }
        assertThat(fixtures.commands.sent(ResetPasswordCommand.class)).isEmpty();
        assertThat(fixtures.sessions.ended()).isEmpty();

        reset.confirm(token, "Another-long-passphrase-9");
        assertThat(fixtures.commands.sent(ResetPasswordCommand.class)).hasSize(1);
    }
}
