package org.muejam.command.identity;

import static org.muejam.command.testing.Violations.invalid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.LoginFailedEvent;
import org.muejam.shared.identity.PasswordChangedEvent;
import org.muejam.shared.identity.PasswordResetRequestedEvent;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.ResetPasswordCommand;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.SuspiciousLoginDetectedEvent;
import org.muejam.shared.identity.SuspiciousLoginReason;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.identity.UserRegisteredEvent;

/** Specification of the account's protection: lockout after wrong passwords, suspicious sign-ins, password reset. */
class AccountProtectionTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private static final UserId READER = new UserId("reader-7");
    private static final LockoutPolicy POLICY = new LockoutPolicy(2, 3, Duration.ofMinutes(30));
    private static final UserRegisteredEvent REGISTERED = new UserRegisteredEvent(
            READER, "r@example.org", "R", "$argon2id$x", null, Set.of(Role.USER), NOW.minus(Duration.ofDays(30)));

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(POLICY);
    }

    @Test
    void aWrongPasswordIsCounted() {
        fixture.given(REGISTERED)
                .when(new RecordLoginFailureCommand(READER))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1));
    }

    @Test
    void repeatedWrongPasswordsRaiseAnAlertThenLockTheAccount() {
        fixture.given(REGISTERED, new LoginFailedEvent(READER, NOW, 1))
                .when(new RecordLoginFailureCommand(READER))
                .expectEvents(
                        new LoginFailedEvent(READER, NOW, 2),
                        new SuspiciousLoginDetectedEvent(
                                READER, List.of(SuspiciousLoginReason.REPEATED_FAILURES), NOW));
        fixture.given(REGISTERED, new LoginFailedEvent(READER, NOW, 1), new LoginFailedEvent(READER, NOW, 2))
                .when(new RecordLoginFailureCommand(READER))
                .expectEvents(
                        new LoginFailedEvent(READER, NOW, 3),
                        new AccountLockedEvent(READER, NOW, NOW.plus(Duration.ofMinutes(30)), 3));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPasswordUntilTheLockEnds() {
        fixture.given(REGISTERED, new AccountLockedEvent(READER, NOW.minusSeconds(60), NOW.plusSeconds(60), 3))
                .when(new RecordLoginCommand(READER))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
        fixture.given(REGISTERED, new AccountLockedEvent(READER, NOW.minusSeconds(3600), NOW.minusSeconds(1), 3))
                .when(new RecordLoginCommand(READER))
                .expectEvents(new UserLoggedInEvent(READER, NOW));
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        fixture.given(REGISTERED, new LoginFailedEvent(READER, NOW, 1), new UserLoggedInEvent(READER, NOW))
                .when(new RecordLoginFailureCommand(READER))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1));
    }

    @Test
    void aSignInFromANewNetworkIsSuspicious() {
        fixture.given(REGISTERED, new UserLoggedInEvent(READER, NOW.minusSeconds(3600), "v4:198.51.100", null))
                .when(new RecordLoginCommand(READER, "v4:203.0.113", null))
                .expectEvents(
                        new UserLoggedInEvent(READER, NOW, "v4:203.0.113", null),
                        new SuspiciousLoginDetectedEvent(READER, List.of(SuspiciousLoginReason.NEW_NETWORK), NOW));
    }

    @Test
    void theFirstSignInAndAKnownNetworkAreNotSuspicious() {
        fixture.given(REGISTERED)
                .when(new RecordLoginCommand(READER, "v4:203.0.113", "NZ"))
                .expectEvents(new UserLoggedInEvent(READER, NOW, "v4:203.0.113", "NZ"));
        fixture.given(REGISTERED, new UserLoggedInEvent(READER, NOW.minusSeconds(3600), "v4:203.0.113", "NZ"))
                .when(new RecordLoginCommand(READER, "v4:203.0.113", "NZ"))
                .expectEvents(new UserLoggedInEvent(READER, NOW, "v4:203.0.113", "NZ"));
    }

    @Test
    void aNewCountryAndAnUnusualHourAreSuspicious() {
        Instant nightly = Instant.parse("2026-03-01T02:00:00Z");
        fixture.given(
                        REGISTERED,
                        new UserLoggedInEvent(READER, nightly, "n", "NZ"),
                        new UserLoggedInEvent(READER, nightly.plus(Duration.ofDays(1)), "n", "NZ"),
                        new UserLoggedInEvent(READER, nightly.plus(Duration.ofDays(2)), "n", "NZ"),
                        new UserLoggedInEvent(READER, nightly.plus(Duration.ofDays(3)), "n", "NZ"),
                        new UserLoggedInEvent(READER, nightly.plus(Duration.ofDays(4)), "n", "NZ"))
                .when(new RecordLoginCommand(READER, "n", "BR"))
                .expectEvents(
                        new UserLoggedInEvent(READER, NOW, "n", "BR"),
                        new SuspiciousLoginDetectedEvent(
                                READER,
                                List.of(SuspiciousLoginReason.NEW_COUNTRY, SuspiciousLoginReason.UNUSUAL_HOUR),
                                NOW));
    }

    @Test
    void aPasswordResetWithTheMailedTokenChangesThePasswordAndEndsTheLock() {
        fixture.given(
                        REGISTERED,
                        new AccountLockedEvent(READER, NOW, NOW.plusSeconds(600), 3),
                        new PasswordResetRequestedEvent(READER, "hash-1", NOW.plusSeconds(3600)))
                .when(new ResetPasswordCommand(READER, "hash-1", "$argon2id$new"))
                .expectEvents(new PasswordChangedEvent(READER, "$argon2id$new", NOW));
        fixture.given(
                        REGISTERED,
                        new AccountLockedEvent(READER, NOW, NOW.plusSeconds(600), 3),
                        new PasswordResetRequestedEvent(READER, "hash-1", NOW.plusSeconds(3600)),
                        new PasswordChangedEvent(READER, "$argon2id$new", NOW))
                .when(new RecordLoginCommand(READER))
                .expectEvents(new UserLoggedInEvent(READER, NOW));
    }

    @Test
    void aResetTokenWorksOnceAndNotAfterItExpires() {
        fixture.given(
                        REGISTERED,
                        new PasswordResetRequestedEvent(READER, "hash-1", NOW.plusSeconds(3600)),
                        new PasswordChangedEvent(READER, "$argon2id$new", NOW))
                .when(new ResetPasswordCommand(READER, "hash-1", "$argon2id$again"))
                .expectNoEvents()
                .expectException(invalid("invalid-reset-token"));
        fixture.given(REGISTERED, new PasswordResetRequestedEvent(READER, "hash-1", NOW.minusSeconds(1)))
                .when(new ResetPasswordCommand(READER, "hash-1", "$argon2id$new"))
                .expectNoEvents()
                .expectException(invalid("expired-reset-token"));
        fixture.given(REGISTERED, new PasswordResetRequestedEvent(READER, "hash-1", NOW.plusSeconds(3600)))
                .when(new ResetPasswordCommand(READER, "another-hash", "$argon2id$new"))
                .expectNoEvents()
                .expectException(invalid("invalid-reset-token"));
    }

    @Test
    void aNewResetRequestReplacesThePendingOne() {
        fixture.given(REGISTERED, new PasswordResetRequestedEvent(READER, "hash-1", NOW.plusSeconds(3600)))
                .when(new RequestPasswordResetCommand(READER, "hash-2", NOW.plusSeconds(3600)))
                .expectEvents(new PasswordResetRequestedEvent(READER, "hash-2", NOW.plusSeconds(3600)));
    }
}
