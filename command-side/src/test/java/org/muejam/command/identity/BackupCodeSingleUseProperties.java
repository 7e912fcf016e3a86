package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.Verdicts;
import org.muejam.shared.identity.BackupCodeUsedEvent;
import org.muejam.shared.identity.SecondFactorFailedEvent;
import org.muejam.shared.identity.TwoFactorEnabledEvent;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;

/**
 * Each backup code works exactly once — for any order in which any of the ten codes are tried, however
 * often and however they are typed (case, dashes, blanks), a code signs in the first time it is tried and is
 * refused every time after; the hashes of another account's codes never work.
 */
class BackupCodeSingleUseProperties {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final UserId USER = new UserId("backup-code-property-user");
    private static final UserId OTHER = new UserId("someone-else");
    private static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");

    /** One try: which code (10 = another account's code) and how it was typed. */
    record Attempt(int index, int typing) {}

    @Property(tries = 60)
    void eachBackupCodeWorksExactlyOnce(@ForAll("attempts") List<Attempt> attempts) {
        List<String> codes = BackupCodes.generate(RANDOM);
        List<Object> history = new ArrayList<>(List.of(
                new TwoFactorSetupStartedEvent(USER, Totp.newSecret(RANDOM), NOW.minusSeconds(120)),
                new TwoFactorEnabledEvent(
                        USER, BackupCodes.hashes(USER, codes), Totp.stepAt(NOW) - 4, NOW.minusSeconds(100))));
        Set<Integer> used = new HashSet<>();
        int accepted = 0;

        for (Attempt attempt : attempts) {
            String hash = attempt.index() < BackupCodes.COUNT
                    ? BackupCodes.hash(USER, typed(codes.get(attempt.index()), attempt.typing()))
                    : BackupCodes.hash(OTHER, codes.get(0));
            if (attempt.index() < BackupCodes.COUNT && used.add(attempt.index())) {
                fixture()
                        .given(history)
                        .when(new UseBackupCodeCommand(USER, hash))
                        .expectEvents(new BackupCodeUsedEvent(USER, hash, NOW));
                history.add(new BackupCodeUsedEvent(USER, hash, NOW));
                accepted++;
            } else {
                fixture()
                        .given(history)
                        .when(new UseBackupCodeCommand(USER, hash))
                        .expectResultMessagePayloadMatching(Verdicts.refused("invalid-backup-code"))
                        .expectEvents(new SecondFactorFailedEvent(
                                USER, SecondFactorFailedEvent.BACKUP_CODE, "invalid-backup-code", 1, NOW));
            }
        }
        assertThat(accepted).isEqualTo(used.size()).isLessThanOrEqualTo(BackupCodes.COUNT);
    }

    private static String typed(String code, int typing) {
        return switch (typing) {
            case 0 -> code;
            case 1 -> code.toUpperCase(Locale.ROOT);
            case 2 -> code.replace("-", "");
            default -> " " + code.replace("-", " ") + " ";
        };
    }

    private static FixtureConfiguration<TwoFactorAuthentication> fixture() {
        FixtureConfiguration<TwoFactorAuthentication> fixture =
                new AggregateTestFixture<>(TwoFactorAuthentication.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryTwoFactorDirectory());
        fixture.registerInjectableResource(SecondFactorLockoutPolicy.DEFAULT);
        return fixture;
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> attempt = net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(0, BackupCodes.COUNT),
                        Arbitraries.integers().between(0, 3))
                .as(Attempt::new);
        return attempt.list().ofMinSize(1).ofMaxSize(25);
    }
}
