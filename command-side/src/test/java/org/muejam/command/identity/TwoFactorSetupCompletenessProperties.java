package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.Rfc6238;
import org.muejam.command.testing.Violations;
import org.muejam.shared.identity.ConfirmTwoFactorSetupCommand;
import org.muejam.shared.identity.TwoFactorEnabledEvent;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UserId;

/**
 * 2FA setup completeness — for any account, any new secret and any instant, confirming the setup with
 * the app's current code turns two-factor authentication on with exactly ten distinct, well-formed backup codes,
 * whose hashes (and only those) the TwoFactorEnabled event keeps.
 */
class TwoFactorSetupCompletenessProperties {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Property(tries = 200)
    void aConfirmedSetupAlwaysYieldsTenDistinctSingleUseBackupCodes(
            @ForAll("userIds") String id, @ForAll("instants") Instant now) {
        UserId user = new UserId(id);
        String secret = Totp.newSecret(RANDOM);
        List<String> codes = BackupCodes.generate(RANDOM);
        List<String> hashes = BackupCodes.hashes(user, codes);
        InMemoryTwoFactorDirectory directory = new InMemoryTwoFactorDirectory();

        fixtureAt(now, directory)
                .given(new TwoFactorSetupStartedEvent(user, secret, now.minusSeconds(60)))
                .when(new ConfirmTwoFactorSetupCommand(user, Rfc6238.code(secret, now), hashes))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TwoFactorEnabledEvent(user, hashes, Totp.stepAt(now), now));

        assertThat(codes)
                .hasSize(BackupCodes.COUNT)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}"));
        assertThat(new HashSet<>(hashes)).hasSize(BackupCodes.COUNT);
        assertThat(codes).allMatch(code -> hashes.contains(BackupCodes.hash(user, code.toUpperCase())));
        assertThat(directory.isEnabled(user)).isTrue();
    }

    @Property(tries = 50)
    void anythingButTenDistinctCodesNeverTurnsItOn(
            @ForAll("userIds") String id, @ForAll("instants") Instant now, @ForAll("wrongCounts") int count) {
        UserId user = new UserId(id);
        String secret = Totp.newSecret(RANDOM);
        List<String> hashes = BackupCodes.hashes(user, BackupCodes.generate(RANDOM)).stream()
                .limit(Math.min(count, BackupCodes.COUNT))
                .toList();
        if (count > BackupCodes.COUNT) {
            hashes = new ArrayList<>(hashes);
            hashes.add(hashes.get(0));
        }
        InMemoryTwoFactorDirectory directory = new InMemoryTwoFactorDirectory();

        fixtureAt(now, directory)
                .given(new TwoFactorSetupStartedEvent(user, secret, now.minusSeconds(60)))
                .when(new ConfirmTwoFactorSetupCommand(user, Rfc6238.code(secret, now), hashes))
                .expectException(Violations.invalid("invalid-backup-codes"))
                .expectNoEvents();
        assertThat(directory.isEnabled(user)).isFalse();
    }

    private static FixtureConfiguration<TwoFactorAuthentication> fixtureAt(
            Instant now, InMemoryTwoFactorDirectory directory) {
        FixtureConfiguration<TwoFactorAuthentication> fixture =
                new AggregateTestFixture<>(TwoFactorAuthentication.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(directory);
        return fixture;
    }

    @Provide
    Arbitrary<String> userIds() {
        return Arbitraries.create(() -> UUID.randomUUID().toString());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Integer> wrongCounts() {
        return Arbitraries.integers().between(0, 11).filter(n -> n != BackupCodes.COUNT);
    }
}
