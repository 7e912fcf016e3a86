package org.muejam.infra.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.muejam.command.moderation.abuse.AbuseThresholds;
import org.muejam.infra.web.IpAddresses;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Start-up checks of muejam.abuse.*: sane defaults, and a wrong threshold stops the start naming it. */
class AbuseDetectionPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(AbuseDetectionProperties.class)
    static class Binding {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Binding.class);

    @Test
    void withNothingSetTheDefaultsApply() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            AbuseDetectionProperties properties = started.getBean(AbuseDetectionProperties.class);
            assertThat(properties.thresholds()).isEqualTo(AbuseThresholds.DEFAULTS);
            assertThat(properties.exemptNetworks()).isEmpty();
            assertThat(properties.pruneInterval()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @Test
    void eachSettingIsRead() {
        context.withPropertyValues(
                        "muejam.abuse.accounts-per-address.limit=7",
                        "muejam.abuse.accounts-per-address.window=2h",
                        "muejam.abuse.rapid-creation.limit=30",
                        "muejam.abuse.rapid-creation.window=5m",
                        "muejam.abuse.duplicate-content.accounts=4",
                        "muejam.abuse.duplicate-content.window=30m",
                        "muejam.abuse.duplicate-content.min-length=40",
                        "muejam.abuse.bot-timing.posts=12",
                        "muejam.abuse.bot-timing.window=6h",
                        "muejam.abuse.bot-timing.max-variation=0.1",
                        "muejam.abuse.exempt-networks=192.0.2.0/24,2001:db8::/32")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    AbuseDetectionProperties properties = started.getBean(AbuseDetectionProperties.class);
                    assertThat(properties.thresholds())
                            .isEqualTo(new AbuseThresholds(
                                    new AbuseThresholds.Threshold(7, Duration.ofHours(2)),
                                    new AbuseThresholds.Threshold(30, Duration.ofMinutes(5)),
                                    new AbuseThresholds.DuplicateContent(4, Duration.ofMinutes(30), 40),
                                    new AbuseThresholds.BotTiming(12, Duration.ofHours(6), 0.1)));
                    assertThat(properties.exemptRanges().contains(address("192.0.2.77")))
                            .isTrue();
                    assertThat(properties.exemptRanges().contains(address("2001:db8:1::9")))
                            .isTrue();
                    assertThat(properties.exemptRanges().contains(address("198.51.100.1")))
                            .isFalse();
                });
    }

    @Test
    void aWrongSettingStopsTheStartNamingIt() {
        assertFails("muejam.abuse.accounts-per-address.limit=1", "muejam.abuse.accounts-per-address");
        assertFails("muejam.abuse.rapid-creation.window=0s", "muejam.abuse.rapid-creation");
        assertFails("muejam.abuse.duplicate-content.window=31d", "muejam.abuse.duplicate-content");
        assertFails("muejam.abuse.duplicate-content.min-length=0", "min-length");
        assertFails("muejam.abuse.bot-timing.posts=2", "muejam.abuse.bot-timing");
        assertFails("muejam.abuse.bot-timing.max-variation=2", "max-variation");
        assertFails("muejam.abuse.exempt-networks=not-a-network", "muejam.abuse.exempt-networks");
        assertFails("muejam.abuse.prune-interval=0s", "muejam.abuse.prune-interval");
    }

    @Test
    void addressesCountByNetworkUnderAKeyedHash() {
        AbuseKeys keys = new AbuseKeys(new byte[32]);
        AbuseKeys otherKey = new AbuseKeys(new byte[] {1, 2, 3});
        Optional<String> first = keys.network("2001:db8:aa:bb:1::1");
        assertThat(first).isPresent();
        assertThat(keys.network("2001:db8:aa:bb:ffff::2")).isEqualTo(first);
        assertThat(keys.network("2001:db8:aa:bc::1")).isNotEqualTo(first);
        assertThat(keys.network("192.0.2.1")).isNotEqualTo(keys.network("192.0.2.2"));
        assertThat(keys.network("192.0.2.1")).isNotEqualTo(otherKey.network("192.0.2.1"));
        assertThat(first.get()).doesNotContain("2001").doesNotContain("db8");
        assertThat(keys.network(null)).isEmpty();
        assertThat(keys.network("[erased]")).isEmpty();
        assertThat(keys.network("a\u0000b")).isEmpty();
        assertThat(keys.network("x".repeat(100_000))).isEmpty();
        assertThat(keys.text("same words")).isEqualTo(keys.text("same words")).isNotEqualTo(keys.text("other"));
    }

    private void assertFails(String setting, String named) {
        context.withPropertyValues(setting).run(started -> {
            assertThat(started).as(setting).hasFailed();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = started.getStartupFailure(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).as(setting).contains(named);
        });
    }

    private static java.net.InetAddress address(String text) {
        return IpAddresses.parseBare(text).orElseThrow();
    }
}
