package org.muejam.command.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.identity.UserAccount;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;

/** An account's aggregate fixture whose clock and deadline time stand at one instant, and a plain registration. */
public final class UserAccountFixtures {

    private UserAccountFixtures() {}

    /** A fixture for {@link UserAccount} with its clock, and the time its deadlines see, at {@code now}. */
    public static FixtureConfiguration<UserAccount> userAccountAt(Instant now) {
        FixtureConfiguration<UserAccount> fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.givenCurrentTime(now);
        return fixture;
    }

    /** {@code user} registered at {@code at} with a password, as an adult with the role USER. */
    public static UserRegisteredEvent registered(UserId user, Instant at) {
        return new UserRegisteredEvent(
                user, "user@example.org", "Name", "hash", LocalDate.of(1990, 1, 1), EnumSet.of(Role.USER), at);
    }
}
