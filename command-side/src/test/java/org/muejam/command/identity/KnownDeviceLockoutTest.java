package org.muejam.command.identity;

import static org.muejam.command.testing.Violations.violation;

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
import org.muejam.shared.identity.CheckAccountLockCommand;
import org.muejam.shared.identity.DeviceLockedEvent;
import org.muejam.shared.identity.LoginFailedEvent;
import org.muejam.shared.identity.PasswordChangedEvent;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.SuspiciousLoginDetectedEvent;
import org.muejam.shared.identity.SuspiciousLoginReason;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.identity.UserRegisteredEvent;

/**
 * Specification of the lockout by device (OWASP's device cookies): wrong passwords from unknown clients lock the
 * account for unknown clients only; a known device keeps signing in, and has its own count and lock.
 */
class KnownDeviceLockoutTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private static final UserId READER = new UserId("reader-7");
    private static final String LAPTOP = "device-laptop";
    private static final LockoutPolicy POLICY = new LockoutPolicy(2, 3, Duration.ofMinutes(30));
    private static final UserRegisteredEvent REGISTERED = new UserRegisteredEvent(
            READER, "r@example.org", "R", "$argon2id$x", null, Set.of(Role.USER), NOW.minus(Duration.ofDays(30)));
    private static final AccountLockedEvent LOCKED_FOR_STRANGERS =
            new AccountLockedEvent(READER, NOW.minusSeconds(60), NOW.plusSeconds(600), 3);

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(POLICY);
    }

    @Test
    void aKnownDeviceSignsInWhileTheAccountIsLockedForUnknownClients() {
        fixture.given(REGISTERED, LOCKED_FOR_STRANGERS)
                .when(new RecordLoginCommand(READER, null, null, LAPTOP))
                .expectEvents(new UserLoggedInEvent(READER, NOW));
        fixture.given(REGISTERED, LOCKED_FOR_STRANGERS)
                .when(new CheckAccountLockCommand(READER, LAPTOP))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnknownClientIsRefusedWhileLockedRightPasswordOrWrongAndNothingIsRecorded() {
        fixture.given(REGISTERED, LOCKED_FOR_STRANGERS)
                .when(new RecordLoginCommand(READER))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.FORBIDDEN, "account-locked"));
        fixture.given(REGISTERED, LOCKED_FOR_STRANGERS)
                .when(new RecordLoginFailureCommand(READER))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.FORBIDDEN, "account-locked"));
        fixture.given(REGISTERED, LOCKED_FOR_STRANGERS)
                .when(new CheckAccountLockCommand(READER, null))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.FORBIDDEN, "account-locked"));
    }

    @Test
    void failuresFromAKnownDeviceAreCountedForItAndSayTheDeviceWasKnown() {
        fixture.given(REGISTERED, new LoginFailedEvent(READER, NOW, 2))
                .when(new RecordLoginFailureCommand(READER, LAPTOP))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1, true, LAPTOP));
        fixture.given(REGISTERED, new LoginFailedEvent(READER, NOW, 1, true, LAPTOP))
                .when(new RecordLoginFailureCommand(READER))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1, false, null));
    }

    @Test
    void failuresFromAKnownDeviceNeverLockTheAccountButLockThatDevice() {
        fixture.given(
                        REGISTERED,
                        new LoginFailedEvent(READER, NOW, 1, true, LAPTOP),
                        new LoginFailedEvent(READER, NOW, 2, true, LAPTOP))
                .when(new RecordLoginFailureCommand(READER, LAPTOP))
                .expectEvents(
                        new LoginFailedEvent(READER, NOW, 3, true, LAPTOP),
                        new DeviceLockedEvent(READER, LAPTOP, NOW, NOW.plus(Duration.ofMinutes(30)), 3));
        // the account itself is not locked: an unknown client still gets its own tries
        fixture.given(
                        REGISTERED,
                        new LoginFailedEvent(READER, NOW, 3, true, LAPTOP),
                        new DeviceLockedEvent(READER, LAPTOP, NOW, NOW.plus(Duration.ofMinutes(30)), 3))
                .when(new RecordLoginCommand(READER))
                .expectEvents(new UserLoggedInEvent(READER, NOW));
    }

    @Test
    void aLockedDeviceCountsAsUnknownUntilItsLockEnds() {
        DeviceLockedEvent laptopLocked =
                new DeviceLockedEvent(READER, LAPTOP, NOW.minusSeconds(60), NOW.plusSeconds(60), 3);
        fixture.given(REGISTERED, laptopLocked)
                .when(new RecordLoginFailureCommand(READER, LAPTOP))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1, false, null));
        fixture.given(REGISTERED, laptopLocked, LOCKED_FOR_STRANGERS)
                .when(new RecordLoginCommand(READER, null, null, LAPTOP))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.FORBIDDEN, "account-locked"));
        DeviceLockedEvent lockEnded =
                new DeviceLockedEvent(READER, LAPTOP, NOW.minusSeconds(120), NOW.minusSeconds(1), 3);
        fixture.given(REGISTERED, lockEnded, LOCKED_FOR_STRANGERS)
                .when(new RecordLoginCommand(READER, null, null, LAPTOP))
                .expectEvents(new UserLoggedInEvent(READER, NOW));
    }

    @Test
    void unknownClientsLockTheAccountAndAreAlertedAboutWhateverKnownDevicesDid() {
        fixture.given(
                        REGISTERED,
                        new LoginFailedEvent(READER, NOW, 1),
                        new LoginFailedEvent(READER, NOW, 1, true, LAPTOP),
                        new LoginFailedEvent(READER, NOW, 2))
                .when(new RecordLoginFailureCommand(READER, null))
                .expectEvents(
                        new LoginFailedEvent(READER, NOW, 3),
                        new AccountLockedEvent(READER, NOW, NOW.plus(Duration.ofMinutes(30)), 3));
        fixture.given(REGISTERED, new LoginFailedEvent(READER, NOW, 1, true, LAPTOP))
                .when(new RecordLoginFailureCommand(READER, LAPTOP))
                .expectEvents(
                        new LoginFailedEvent(READER, NOW, 2, true, LAPTOP),
                        new SuspiciousLoginDetectedEvent(
                                READER, List.of(SuspiciousLoginReason.REPEATED_FAILURES), NOW));
    }

    @Test
    void aKnownDeviceWithTheWrongPasswordDuringTheAccountLockIsStillJustAWrongPassword() {
        fixture.given(REGISTERED, LOCKED_FOR_STRANGERS)
                .when(new RecordLoginFailureCommand(READER, LAPTOP))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1, true, LAPTOP));
    }

    @Test
    void aPasswordChangeForgetsTheDevicesCountsAndLocks() {
        fixture.given(
                        REGISTERED,
                        new LoginFailedEvent(READER, NOW, 2, true, LAPTOP),
                        new DeviceLockedEvent(READER, "device-phone", NOW, NOW.plusSeconds(600), 3),
                        new PasswordChangedEvent(READER, "$argon2id$new", NOW))
                .when(new RecordLoginFailureCommand(READER, LAPTOP))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1, true, LAPTOP));
        fixture.given(
                        REGISTERED,
                        new DeviceLockedEvent(READER, "device-phone", NOW, NOW.plusSeconds(600), 3),
                        new PasswordChangedEvent(READER, "$argon2id$new", NOW))
                .when(new RecordLoginFailureCommand(READER, "device-phone"))
                .expectEvents(new LoginFailedEvent(READER, NOW, 1, true, "device-phone"));
    }
}
