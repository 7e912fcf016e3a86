package org.muejam.command.legal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.commandhandling.CommandMessage;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.legal.RecordCookieConsentCommand;

class CookieConsentsTest {

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final CookieConsents consents = new CookieConsents(commands);

    @Test
    void aSignedInPersonsChoicesAreTheirs() {
        String holder = consents.record("user-1", "ignored-session", true, true, false);

        assertThat(holder).isEqualTo("user:user-1");
        assertThat(commands.sent()).containsExactly(new RecordCookieConsentCommand("user:user-1", true, false));
    }

    @Test
    void anAnonymousSessionsChoicesNameTheSessionAsTheirSubject() {
        String holder = consents.record(null, "abc", null, false, true);

        assertThat(holder).isEqualTo("session:abc");
        assertThat(commands.sent()).singleElement().isInstanceOfSatisfying(CommandMessage.class, message -> {
            assertThat(message.getPayload()).isEqualTo(new RecordCookieConsentCommand("session:abc", false, true));
            assertThat(message.getMetaData()).containsEntry(AuditMetadata.SUBJECT_ID, "session:abc");
        });
    }

    @Test
    void essentialCookiesCannotBeRefused() {
        assertThatThrownBy(() -> consents.record("user-1", null, false, false, false))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("essential-cookies-required");
                    assertThat(refusal.field()).isEqualTo("essential");
                });
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void withoutASignInTheSessionMustBeNamed() {
        assertThatThrownBy(() -> consents.record(null, null, true, false, false))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("session-id-required");
                    assertThat(refusal.field()).isEqualTo("sessionId");
                });
        assertThat(commands.sent()).isEmpty();
    }
}
