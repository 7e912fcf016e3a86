package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;

/** The verified-author policy over the application's own adapter: refused until the emailed link is followed. */
class VerifiedAuthorTest extends IntegrationTest {

    @Autowired
    EmailVerificationStatus emails;

    @Test
    void aNewAccountMayCreateContentOnlyOnceItsEmailIsVerified() {
        String email = uniqueEmail("author");
        UserId author = UserId.of(register(email));

        assertThatThrownBy(() -> VerifiedAuthorPolicy.requireVerifiedEmail(author, emails))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("email-verification-required"));

        String token = Mailbox.awaitToken(email, 0);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", token), null)
                        .status())
                .isEqualTo(204);

        assertThatCode(() -> VerifiedAuthorPolicy.requireVerifiedEmail(author, emails))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownAccountMayNotCreateContent() {
        assertThatThrownBy(() -> VerifiedAuthorPolicy.requireVerifiedEmail(UserId.random(), emails))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void theFirstAdministratorIsVerifiedFromTheStart() {
        String adminId =
                jdbc.queryForObject("SELECT user_id FROM user_account WHERE email = ?", String.class, ADMIN_EMAIL);

        assertThatCode(() -> VerifiedAuthorPolicy.requireVerifiedEmail(UserId.of(adminId), emails))
                .doesNotThrowAnyException();
    }
}
