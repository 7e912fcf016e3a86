package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.application.ExternalRegistration.IssuerEmail;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.RegisterExternalUserCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;

class ExternalRegistrationTest {

    private static final ExternalIdentity IDENTITY = new ExternalIdentity("https://issuer.example.test", "user_2abc");

    private final Fixtures fixtures = new Fixtures();

    private UserId register(IssuerEmail issuerEmail, String email) {
        return fixtures.externalRegistration()
                .register(
                        UserId.of("user-3"),
                        IDENTITY,
                        issuerEmail,
                        email,
                        "New Reader",
                        LocalDate.of(1990, 5, 17),
                        List.of(),
                        "198.51.100.1",
                        "test");
    }

    @Test
    void aDisplayNameWithPersonalDataIsRefusedAndSendsNothing() {
        assertThatThrownBy(() -> fixtures.externalRegistration()
                        .register(
                                UserId.of("user-3"),
                                IDENTITY,
                                new IssuerEmail("reader@example.org", true),
                                null,
                                "reader@example.org",
                                LocalDate.of(1990, 5, 17),
                                List.of(),
                                "198.51.100.1",
                                "test"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("personal-data-in-profile"));
        assertThat(fixtures.commands.sent()).isEmpty();
    }

    @Test
    void theIssuersVerifiedAddressNeedsNoLink() {
        register(new IssuerEmail("reader@example.org", true), null);

        RegisterExternalUserCommand command =
                fixtures.commands.sent(RegisterExternalUserCommand.class).get(0);
        assertThat(command.email()).isEqualTo("reader@example.org");
        assertThat(command.emailVerifiedByIssuer()).isTrue();
        assertThat(command.verificationTokenHash()).isNull();
        assertThat(command.identity()).isEqualTo(IDENTITY);
        assertThat(fixtures.mailer.sent()).isEmpty();
        assertThat(fixtures.attribution.recorded()).containsExactly("acting:user-3");
    }

    @Test
    void anAddressTheIssuerDidNotVerifyIsVerifiedByAMailedLink() {
        register(new IssuerEmail("reader@example.org", false), "Other@Example.org");

        RegisterExternalUserCommand command =
                fixtures.commands.sent(RegisterExternalUserCommand.class).get(0);
        assertThat(command.email()).isEqualTo("Other@Example.org");
        assertThat(command.emailVerifiedByIssuer()).isFalse();
        assertThat(fixtures.mailer.sent())
                .singleElement()
                .satisfies(mail -> assertThat(mail.to()).isEqualTo("Other@Example.org"));
        assertThat(command.verificationTokenHash()).isEqualTo(Sha256.hex(fixtures.mailedToken()));
    }

    @Test
    void theIssuersVerifiedAddressNamedAgainInTheBodyStaysVerified() {
        register(new IssuerEmail("reader@example.org", true), "Reader@Example.org");

        assertThat(fixtures.commands
                        .sent(RegisterExternalUserCommand.class)
                        .get(0)
                        .emailVerifiedByIssuer())
                .isTrue();
        assertThat(fixtures.mailer.sent()).isEmpty();
    }

    @Test
    void withoutAVerifiedAddressFromTheIssuerTheBodyMustNameOne() {
        assertThatThrownBy(() -> register(IssuerEmail.NONE, null))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.problemType()).isEqualTo("email-required");
                    assertThat(v.field()).isEqualTo("email");
                });
        assertThat(fixtures.commands.sent()).isEmpty();
    }

    @Test
    void anIdentityWithAnAccountIsAConflictBeforeAnyCommand() {
        fixtures.identities.link(IDENTITY, UserId.of("user-1"));

        assertThatThrownBy(() -> register(new IssuerEmail("reader@example.org", true), null))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("external-identity-already-linked"));
        assertThat(fixtures.commands.sent()).isEmpty();
    }

    @Test
    void theNewAccountIsKnownByTheIdItWasRegisteredUnder() {
        UserId registered = register(new IssuerEmail("reader@example.org", true), null);

        assertThat(registered).isEqualTo(UserId.of("user-3"));
        assertThat(fixtures.commands
                        .sent(RegisterExternalUserCommand.class)
                        .get(0)
                        .userId())
                .isEqualTo(registered);
    }
}
