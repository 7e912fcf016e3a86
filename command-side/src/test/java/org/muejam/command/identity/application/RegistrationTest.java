package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;

class RegistrationTest {

    private final Fixtures fixtures = new Fixtures();

    private UserId register(String password) {
        return fixtures.registration()
                .register(
                        UserId.of("user-2"),
                        "New@Example.org",
                        password,
                        "New Reader",
                        LocalDate.of(1990, 5, 17),
                        List.of(),
                        "198.51.100.1",
                        "test");
    }

    @Test
    void registersWithTheHashedPasswordAndMailsAVerificationLinkWhoseHashTheAccountHolds() {
        assertThat(register(Fixtures.PASSWORD)).isEqualTo(UserId.of("user-2"));

        RegisterUserCommand command =
                fixtures.commands.sent(RegisterUserCommand.class).get(0);
        assertThat(command.passwordHash()).isEqualTo("hashed:" + Fixtures.PASSWORD);
        assertThat(command.verificationExpiresAt()).isEqualTo(Fixtures.NOW.plusSeconds(24 * 3600));
        assertThat(fixtures.mailer.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("New@Example.org");
            assertThat(mail.text()).contains("https://muejam.example/verify-email?token=", "within 24 hours");
        });
        assertThat(command.verificationTokenHash()).isEqualTo(Sha256.hex(fixtures.mailedToken()));
        assertThat(fixtures.attribution.recorded()).containsExactly("acting:user-2");
    }

    @Test
    void aDisplayNameWithPersonalDataIsRefusedNamingTheKindAndSendsNothing() {
        assertThatThrownBy(() -> fixtures.registration()
                        .register(
                                UserId.of("user-2"),
                                "New@Example.org",
                                Fixtures.PASSWORD,
                                "write to me@example.org",
                                LocalDate.of(1990, 5, 17),
                                List.of(),
                                "198.51.100.1",
                                "test"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("personal-data-in-profile");
                    assertThat(refusal.field()).isEqualTo("displayName");
                    assertThat(refusal.getMessage()).contains("EMAIL").doesNotContain("me@example.org");
                });

        assertThat(fixtures.commands.sent()).isEmpty();
        assertThat(fixtures.mailer.sent()).isEmpty();
    }

    @Test
    void aPasswordThePolicyRefusesSendsNothing() {
        assertThatThrownBy(() -> register("short")).isInstanceOf(DomainRuleViolation.class);

        assertThat(fixtures.commands.sent()).isEmpty();
        assertThat(fixtures.mailer.sent()).isEmpty();
        assertThat(fixtures.tokens.size()).isZero();
    }

    @Test
    void aRefusedRegistrationLeavesNoTokenAndNoMail() {
        fixtures.commands.refuse(
                RegisterUserCommand.class, DomainRuleViolation.conflict("email-already-registered", "email", "taken"));

        assertThatThrownBy(() -> register(Fixtures.PASSWORD)).isInstanceOf(DomainRuleViolation.class);

        assertThat(fixtures.tokens.size()).isZero();
        assertThat(fixtures.mailer.sent()).isEmpty();
    }
}
