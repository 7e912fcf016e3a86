package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.VerifyEmailCommand;
import org.muejam.shared.security.Sha256;

class EmailVerificationTest {

    private final Fixtures fixtures = new Fixtures();

    @Test
    void aResentLinkVerifiesTheAccountOnceAndIsForgottenThen() {
        fixtures.users.account(Fixtures.READER);
        EmailVerification verification = fixtures.emailVerification();

        verification.resend("  READER@example.org ");
        String token = fixtures.mailedToken();
        verification.verify(token);

        assertThat(fixtures.commands.sent(IssueEmailVerificationCommand.class))
                .singleElement()
                .extracting(IssueEmailVerificationCommand::tokenHash)
                .isEqualTo(Sha256.hex(token));
        assertThat(fixtures.commands.sent(VerifyEmailCommand.class))
                .containsExactly(new VerifyEmailCommand(UserId.of("user-1"), Sha256.hex(token)));
        assertThat(fixtures.tokens.size()).isZero();
        assertThat(fixtures.attribution.recorded()).containsExactly("about:user-1", "acting:user-1");
    }

    @Test
    void aResendIsAboutTheAccountsOwnerSoTheRequestsAddressIsKeptUnderTheirKey() {
        fixtures.users.account(Fixtures.READER);

        fixtures.emailVerification().resend("reader@example.org");

        assertThat(fixtures.commands.sent(IssueEmailVerificationCommand.class)).hasSize(1);
        assertThat(fixtures.attribution.recorded()).containsExactly("about:user-1");
    }

    @Test
    void anUnknownTokenIsInvalidAndSendsNothing() {
        assertThatThrownBy(() -> fixtures.emailVerification().verify("no-such-token"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("invalid-verification-token"));
        assertThat(fixtures.commands.sent()).isEmpty();
    }

    @Test
    void nothingIsResentToAVerifiedOrUnknownAddress() {
        fixtures.users.account(new UserAccountResponse(
                "user-3", "verified@example.org", "Verified", List.of("USER"), true, "hash", null));

        fixtures.emailVerification().resend("verified@example.org");
        fixtures.emailVerification().resend("nobody@example.org");

        assertThat(fixtures.commands.sent()).isEmpty();
        assertThat(fixtures.mailer.sent()).isEmpty();
    }
}
