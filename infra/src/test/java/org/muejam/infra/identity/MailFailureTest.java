package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.GeoLocator;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.security.TokenService;
import org.muejam.query.identity.UserAccountReader;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * When the mail server fails after a command succeeded, the caller still gets its usual answer and the security
 * alert processor moves on: the failure is logged, never thrown.
 */
class MailFailureTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final UserAccountReader.UserAccountView READER = new UserAccountReader.UserAccountView(
            "user-1", "reader@example.org", "Reader", List.of("USER"), false, "hash", null);

    private final Mailer mailer = mock(Mailer.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final UserAccountReader users = mock(UserAccountReader.class);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final MueJamProperties properties = mock(MueJamProperties.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void smtpIsDown() {
        doThrow(new MailSendException("connection refused")).when(mailer).send(anyString(), anyString(), anyString());
        when(properties.publicUrl()).thenReturn(URI.create("https://muejam.example/"));
        when(properties.tokens())
                .thenReturn(new MueJamProperties.Tokens(
                        Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofHours(24), "muejam"));
        when(users.byId("user-1")).thenReturn(Optional.of(READER));
        when(users.byEmail("reader@example.org")).thenReturn(Optional.of(READER));
    }

    private AccountService accounts() {
        return new AccountService(
                commands,
                mock(PasswordEncoder.class),
                users,
                mock(TokenService.class),
                mailer,
                jdbc,
                clock,
                properties,
                mock(TwoFactorDirectory.class),
                mock(SecondFactorChallenges.class),
                mock(TwoFactorRequirement.class),
                mock(GeoLocator.class));
    }

    @Test
    void aRegistrationWhoseVerificationMailFailsStillSucceeds() {
        UserId userId = UserId.of("user-2");
        assertThat(accounts()
                        .register(
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
        assertThatCode(() -> accounts().resendVerification("reader@example.org"))
                .doesNotThrowAnyException();
        verify(commands).sendAndWait(any(IssueEmailVerificationCommand.class));
        verify(mailer).send(eq("reader@example.org"), anyString(), anyString());
    }

    @Test
    void aPasswordResetRequestWhoseMailFailsStillAnswers() {
        PasswordResetService resets = new PasswordResetService(
                commands,
                users,
                mock(PasswordEncoder.class),
                mock(TokenService.class),
                mailer,
                jdbc,
                clock,
                properties);
        assertThatCode(() -> resets.request("reader@example.org")).doesNotThrowAnyException();
        verify(commands).sendAndWait(any(RequestPasswordResetCommand.class));
        verify(mailer).send(eq("reader@example.org"), anyString(), anyString());
    }

    @Test
    void aSecurityAlertWhoseMailFailsDoesNotHoldTheProcessor() {
        SecurityAlertMailer alerts = new SecurityAlertMailer(mailer, users);
        assertThatCode(() -> alerts.on(new AccountLockedEvent(UserId.of("user-1"), NOW, NOW.plusSeconds(1800), 5)))
                .doesNotThrowAnyException();
        verify(mailer).send(eq("reader@example.org"), anyString(), anyString());
    }
}
