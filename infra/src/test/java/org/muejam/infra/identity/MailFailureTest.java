package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.application.EmailVerification;
import org.muejam.command.identity.application.IdentitySettings;
import org.muejam.command.identity.application.PasswordReset;
import org.muejam.command.identity.application.Registration;
import org.muejam.command.shared.MailFailure;
import org.muejam.command.shared.Mailer;
import org.muejam.command.testing.InMemoryOneTimeTokenStore;
import org.muejam.command.testing.InMemorySessions;
import org.muejam.command.testing.InMemoryUserAccounts;
import org.muejam.command.testing.PlainPasswordHasher;
import org.muejam.command.testing.RecordingCommandAttribution;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.SecondFactorLockedEvent;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * When the mail server fails after a command succeeded, the caller still gets its usual answer and the security
 * alert processor moves on: the failure is logged, never thrown.
 */
class MailFailureTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final UserAccountResponse READER =
            new UserAccountResponse("user-1", "reader@example.org", "Reader", List.of("USER"), false, "hash", null);

    private final Mailer mailer = mock(Mailer.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final InMemoryUserAccounts users = new InMemoryUserAccounts().account(READER);
    private final IdentitySettings settings = new IdentitySettings("https://muejam.example/", Duration.ofHours(24));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void smtpIsDown() {
        // what the SMTP adapter makes of the mail server's refusal
        doThrow(new MailFailure("connection refused", new MailSendException("connection refused")))
                .when(mailer)
                .send(anyString(), anyString(), anyString());
    }

    private EmailVerification verification() {
        return new EmailVerification(
                commands,
                users.gateway(),
                new InMemoryOneTimeTokenStore(),
                mailer,
                new RecordingCommandAttribution(),
                clock,
                settings);
    }

    @Test
    void aRegistrationWhoseVerificationMailFailsStillSucceeds() {
        UserId userId = UserId.of("user-2");
        Registration registration = new Registration(
                commands,
                new PlainPasswordHasher(),
                verification(),
                new RecordingCommandAttribution(),
                text -> Set.of());
        assertThat(registration.register(
                        userId,
                        "new@example.org",
                        "Reading-list-2026!",
                        "New Reader",
                        LocalDate.of(1990, 5, 17),
                        List.of(),
                        "198.51.100.1",
                        "test"))
                .isEqualTo(userId);
        verify(commands).sendAndWait(any(RegisterUserCommand.class));
        verify(mailer).send(eq("new@example.org"), anyString(), anyString());
    }

    @Test
    void aResentVerificationWhoseMailFailsStillAnswers() {
        assertThatCode(() -> verification().resend("reader@example.org")).doesNotThrowAnyException();
        verify(commands).sendAndWait(any(IssueEmailVerificationCommand.class));
        verify(mailer).send(eq("reader@example.org"), anyString(), anyString());
    }

    @Test
    void aPasswordResetRequestWhoseMailFailsStillAnswers() {
        PasswordReset resets = new PasswordReset(
                commands,
                users.gateway(),
                new PlainPasswordHasher(),
                new InMemoryOneTimeTokenStore(),
                new InMemorySessions(),
                mailer,
                new RecordingCommandAttribution(),
                clock,
                settings);
        assertThatCode(() -> resets.request("reader@example.org")).doesNotThrowAnyException();
        verify(commands).sendAndWait(any(RequestPasswordResetCommand.class));
        verify(mailer).send(eq("reader@example.org"), anyString(), anyString());
    }

    @Test
    void aSecurityAlertWhoseMailFailsDoesNotHoldTheProcessor() {
        SecurityAlertMailer alerts = new SecurityAlertMailer(mailer, users.gateway());
        assertThatCode(() -> alerts.on(new AccountLockedEvent(UserId.of("user-1"), NOW, NOW.plusSeconds(1800), 5)))
                .doesNotThrowAnyException();
        assertThatCode(() -> alerts.on(new SecondFactorLockedEvent(UserId.of("user-1"), NOW, NOW.plusSeconds(900), 10)))
                .doesNotThrowAnyException();
        verify(mailer, times(2)).send(eq("reader@example.org"), anyString(), anyString());
    }

    @Test
    void theSmtpAdapterReportsAMailServerRefusalAsAMailFailure() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("connection refused")).when(sender).send(any(SimpleMailMessage.class));
        MueJamProperties properties = mock(MueJamProperties.class);
        when(properties.mailFrom()).thenReturn("noreply@muejam.example");

        assertThatThrownBy(() -> new SmtpMailer(sender, properties).send("reader@example.org", "subject", "text"))
                .isInstanceOf(MailFailure.class);
    }
}
