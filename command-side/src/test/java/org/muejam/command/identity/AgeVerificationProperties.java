package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.Violations.invalid;
import static org.muejam.shared.legal.DocumentType.PRIVACY_POLICY;
import static org.muejam.shared.legal.DocumentType.TERMS_OF_SERVICE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.testing.InMemoryEmailDirectory;
import org.muejam.command.testing.InMemoryLegalCatalog;
import org.muejam.shared.identity.EmailVerificationIssuedEvent;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.DocumentVersion;

/**
 * Age verification enforcement — for any birth date and any day, an account may be
 * opened exactly when the person has had their 13th birthday on that day; otherwise registration is refused and
 * leaves no events behind.
 */
class AgeVerificationProperties {

    private static final UserId USER = new UserId("age-property-user");
    private static final DocumentVersion TERMS = new DocumentVersion(TERMS_OF_SERVICE, "2025-05");
    private static final DocumentVersion PRIVACY = new DocumentVersion(PRIVACY_POLICY, "3");
    private static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_DAY = LocalDate.of(2200, 12, 31);

    /**
     * The oracle, computed without java.time period arithmetic: the 13th birthday has passed when 13 calendar
     * years separate the two dates, or exactly 13 and today's month and day are not before the birth month and day.
     * Someone born on 29 February therefore turns 13 on 1 March in a common year.
     */
    static boolean hadThirteenthBirthday(LocalDate birthDate, LocalDate today) {
        int years = today.getYear() - birthDate.getYear();
        if (years != 13) {
            return years > 13;
        }
        int todayMonthDay = today.getMonthValue() * 100 + today.getDayOfMonth();
        int birthMonthDay = birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth();
        return todayMonthDay >= birthMonthDay;
    }

    @Property(tries = 2000)
    void isOldEnoughExactlyWhenTheThirteenthBirthdayHasPassed(
            @ForAll("birthDateAndToday") Tuple2<LocalDate, LocalDate> dates) {
        LocalDate birthDate = dates.get1();
        LocalDate today = dates.get2();

        assertThat(AgePolicy.isOldEnough(birthDate, today))
                .as("isOldEnough(%s, %s)", birthDate, today)
                .isEqualTo(hadThirteenthBirthday(birthDate, today));
    }

    @Property(tries = 200)
    void registrationOfAnyoneUnderThirteenIsRefusedWithNoEvents(
            @ForAll("todayAndUnderThirteenBirthDate") Tuple2<LocalDate, LocalDate> dates,
            @ForAll @IntRange(max = 86_399) int secondOfDay) {
        LocalDate today = dates.get1();
        LocalDate birthDate = dates.get2();
        assertThat(hadThirteenthBirthday(birthDate, today))
                .as("generator yields under-13 birth dates")
                .isFalse();
        InMemoryEmailDirectory directory = new InMemoryEmailDirectory();

        fixtureAt(instantOn(today, secondOfDay), directory)
                .givenNoPriorActivity()
                .when(registration(birthDate))
                .expectNoEvents()
                .expectException(invalid("age-requirement-not-met"));

        assertThat(directory.claims()).isEmpty();
    }

    @Property(tries = 200)
    void registrationOfAnyoneThirteenOrOlderIsAccepted(
            @ForAll("todayAndThirteenPlusBirthDate") Tuple2<LocalDate, LocalDate> dates,
            @ForAll @IntRange(max = 86_399) int secondOfDay) {
        LocalDate today = dates.get1();
        LocalDate birthDate = dates.get2();
        assertThat(hadThirteenthBirthday(birthDate, today))
                .as("generator yields 13+ birth dates")
                .isTrue();
        Instant now = instantOn(today, secondOfDay);
        RegisterUserCommand command = registration(birthDate);

        fixtureAt(now, new InMemoryEmailDirectory())
                .givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new UserRegisteredEvent(
                                USER, "person@example.org", "Person", "hash", birthDate, EnumSet.of(Role.USER), now),
                        new EmailVerificationIssuedEvent(USER, "token", command.verificationExpiresAt()),
                        new ConsentRecordedEvent(USER, TERMS_OF_SERVICE, "2025-05", now, "198.51.100.1", "agent"),
                        new ConsentRecordedEvent(USER, PRIVACY_POLICY, "3", now, "198.51.100.1", "agent"));
    }

    @Provide
    Arbitrary<Tuple2<LocalDate, LocalDate>> birthDateAndToday() {
        Arbitrary<Tuple2<LocalDate, LocalDate>> anywhere = days().flatMap(today -> Arbitraries.integers()
                .between(-5 * 366, 120 * 366)
                .map(daysOld -> Tuple.of(today.minusDays(daysOld), today)));
        Arbitrary<Tuple2<LocalDate, LocalDate>> nearThirteenthBirthday = days().flatMap(today -> Arbitraries.integers()
                .between(-7, 7)
                .map(shift -> Tuple.of(today.minusYears(13).plusDays(shift), today)));
        Arbitrary<Tuple2<LocalDate, LocalDate>> leapDayBirths = Arbitraries.integers()
                .between(1904 / 4, 2096 / 4)
                .map(quarter -> LocalDate.of(quarter * 4, 2, 29))
                .flatMap(birth -> Arbitraries.integers()
                        .between(-3, 3)
                        .map(shift -> Tuple.of(
                                birth, LocalDate.of(birth.getYear() + 13, 2, 28).plusDays(shift))));
        return Arbitraries.frequencyOf(
                Tuple.of(4, anywhere), Tuple.of(4, nearThirteenthBirthday), Tuple.of(2, leapDayBirths));
    }

    @Provide
    Arbitrary<Tuple2<LocalDate, LocalDate>> todayAndUnderThirteenBirthDate() {
        return days().flatMap(today -> {
            LocalDate lastRefusedDay = today.minusYears(13);
            long span = ChronoUnit.DAYS.between(lastRefusedDay, today);
            return Arbitraries.longs().between(1, span).map(days -> Tuple.of(today, lastRefusedDay.plusDays(days)));
        });
    }

    @Provide
    Arbitrary<Tuple2<LocalDate, LocalDate>> todayAndThirteenPlusBirthDate() {
        return days().flatMap(today -> Arbitraries.longs()
                .between(0, 110L * 365)
                .map(days -> Tuple.of(today, today.minusYears(13).minusDays(days))));
    }

    private static Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(EARLIEST_DAY.toEpochDay(), LATEST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Instant instantOn(LocalDate day, int secondOfDay) {
        return day.atStartOfDay(ZoneOffset.UTC).plusSeconds(secondOfDay).toInstant();
    }

    private static RegisterUserCommand registration(LocalDate birthDate) {
        return new RegisterUserCommand(
                USER,
                "Person@Example.org",
                "Person",
                "hash",
                birthDate,
                List.of(TERMS, PRIVACY),
                "token",
                Instant.parse("2300-01-01T00:00:00Z").plus(Duration.ofDays(1)),
                "198.51.100.1",
                "agent");
    }

    private static FixtureConfiguration<UserAccount> fixtureAt(Instant now, InMemoryEmailDirectory directory) {
        FixtureConfiguration<UserAccount> fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(
                new InMemoryLegalCatalog().publish(TERMS).publish(PRIVACY));
        fixture.registerInjectableResource(directory);
        return fixture;
    }
}
