package org.muejam.command.identity;

import static org.muejam.command.testing.UserAccountFixtures.userAccountAt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.UserAccountFixtures;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.identity.BackupCodeUsedEvent;
import org.muejam.shared.identity.CheckAccountLockCommand;
import org.muejam.shared.identity.EraseAccountCommand;
import org.muejam.shared.identity.EraseTwoFactorCommand;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RequestPasswordResetCommand;
import org.muejam.shared.identity.TwoFactorDisabledEvent;
import org.muejam.shared.identity.TwoFactorEnabledEvent;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;

/** Specification of an account's erasure: stored once, refusing everything after, and its second factor gone. */
class UserAccountErasureTest {

    private static final Instant NOW = Instant.parse("2026-08-01T09:00:00Z");
    private static final UserId USER = UserId.of("user-1");
    private static final String REQUEST = "deletion:00000000-0000-4000-8000-000000000001";

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = userAccountAt(NOW);
    }

    private static UserRegisteredEvent registered() {
        return UserAccountFixtures.registered(USER, NOW);
    }

    @Test
    void erasingTheAccountStoresItsErasureOnceWithNothingPersonal() {
        fixture.given(registered())
                .when(new EraseAccountCommand(USER, REQUEST))
                .expectEvents(new AccountErasedEvent(USER, REQUEST, NOW));
        fixture.given(registered(), new AccountErasedEvent(USER, REQUEST, NOW))
                .when(new EraseAccountCommand(USER, REQUEST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anErasedAccountSignsInNowhereAndStoresNothingMore() {
        for (Object command : List.of(
                new RecordLoginCommand(USER, null, null, null),
                new CheckAccountLockCommand(USER, null),
                new RequestPasswordResetCommand(USER, "hash", NOW.plusSeconds(60)))) {
            fixture.given(registered(), new AccountErasedEvent(USER, REQUEST, NOW))
                    .when(command)
                    .expectNoEvents()
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage("this account was erased");
        }
    }

    @Test
    void erasingTheSecondFactorNeedsNoCodeAndEndsTheBackupCodes() {
        FixtureConfiguration<TwoFactorAuthentication> twoFactor =
                new AggregateTestFixture<>(TwoFactorAuthentication.class);
        InMemoryTwoFactorDirectory directory = new InMemoryTwoFactorDirectory();
        directory.enabled(USER);
        twoFactor.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        twoFactor.registerInjectableResource(directory);
        twoFactor.registerInjectableResource(
                new SecondFactorLockoutPolicy(10, java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(15)));
        List<String> codes = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        Object started = new TwoFactorSetupStartedEvent(USER, "JBSWY3DPEHPK3PXP", NOW);
        Object enabled = new TwoFactorEnabledEvent(USER, codes, 1, NOW);
        twoFactor
                .given(started, enabled)
                .when(new EraseTwoFactorCommand(USER))
                .expectEvents(new TwoFactorDisabledEvent(USER, NOW));
        org.assertj.core.api.Assertions.assertThat(directory.isEnabled(USER)).isFalse();
        twoFactor
                .given(started, enabled, new TwoFactorDisabledEvent(USER, NOW))
                .when(new UseBackupCodeCommand(USER, "c0"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
        twoFactor
                .given(
                        started,
                        enabled,
                        new BackupCodeUsedEvent(USER, "c0", NOW),
                        new TwoFactorDisabledEvent(USER, NOW))
                .when(new EraseTwoFactorCommand(USER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
