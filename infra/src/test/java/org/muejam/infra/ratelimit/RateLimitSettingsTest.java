package org.muejam.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The shipped rules have the numbers below, one number can be changed from the environment, nonsense is refused. */
class RateLimitSettingsTest {

    private static RateLimitSettings bind(Map<String, Object> environment) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        for (PropertySource<?> yaml :
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))) {
            if (!yaml.containsProperty("spring.config.activate.on-profile")) {
                sources.addLast(yaml);
            }
        }
        Iterable<ConfigurationPropertySource> attached = ConfigurationPropertySources.from(sources);
        return new Binder(attached, new PropertySourcesPlaceholdersResolver(sources))
                .bind("muejam.rate-limits", RateLimitSettings.class)
                .get();
    }

    @Test
    void theDefaultsAreTheSeedsNumbers() throws IOException {
        Map<String, RateLimitSettings.Rule> rules = bind(Map.of()).rules();
        assertThat(rules)
                .containsOnlyKeys(
                        "reads",
                        "writes",
                        "user",
                        "content",
                        "loginaccount",
                        "loginip",
                        "twofactor",
                        "passwordreset",
                        "dmca");
        assertRule(rules.get("reads"), 100, Duration.ofMinutes(1), RateLimitSettings.Key.IP);
        assertThat(rules.get("reads").methods()).containsExactlyInAnyOrder("GET", "HEAD");
        assertRule(rules.get("writes"), 20, Duration.ofMinutes(1), RateLimitSettings.Key.IP);
        assertRule(rules.get("user"), 1000, Duration.ofHours(1), RateLimitSettings.Key.USER);
        assertRule(rules.get("content"), 10, Duration.ofHours(1), RateLimitSettings.Key.USER);
        assertThat(rules.get("content").paths())
                .as("creating content")
                .containsExactlyInAnyOrder(
                        "/api/stories", "/api/stories/*/chapters", "/api/comments", "/api/whispers", "/api/images");
        assertThat(rules.get("content").methods()).containsExactly("POST");
        assertRule(rules.get("loginaccount"), 5, Duration.ofMinutes(15), RateLimitSettings.Key.ACCOUNT);
        assertThat(rules.get("loginaccount").count()).isEqualTo(RateLimitSettings.Count.FAILURES);
        assertRule(rules.get("loginip"), 5, Duration.ofMinutes(15), RateLimitSettings.Key.IP);
        assertThat(rules.get("loginip").count()).isEqualTo(RateLimitSettings.Count.FAILURES);
        assertRule(rules.get("twofactor"), 10, Duration.ofMinutes(15), RateLimitSettings.Key.IP);
        assertThat(rules.get("twofactor").count()).isEqualTo(RateLimitSettings.Count.FAILURES);
        assertRule(rules.get("passwordreset"), 10, Duration.ofHours(1), RateLimitSettings.Key.IP);
        assertThat(rules.get("passwordreset").paths()).contains("/api/auth/password-reset/**");
        // DMCA notices: anyone may send them, without an account
        assertRule(rules.get("dmca"), 10, Duration.ofHours(1), RateLimitSettings.Key.IP);
        assertThat(rules.get("dmca").paths()).containsExactly("/api/dmca/takedowns");
        assertThat(rules.get("dmca").methods()).containsExactly("POST");
    }

    @Test
    void oneNumberCanBeChangedFromTheEnvironmentKeepingTheRestOfTheRule() throws IOException {
        RateLimitSettings settings = bind(
                Map.of("MUEJAM_RATELIMITS_RULES_LOGINIP_LIMIT", "3", "MUEJAM_RATELIMITS_RULES_READS_WINDOW", "2m"));
        assertRule(settings.rules().get("loginip"), 3, Duration.ofMinutes(15), RateLimitSettings.Key.IP);
        assertThat(settings.rules().get("loginip").paths()).containsExactly("/api/auth/login");
        assertRule(settings.rules().get("reads"), 100, Duration.ofMinutes(2), RateLimitSettings.Key.IP);
        assertThat(settings.rules()).hasSize(9);
    }

    @Test
    void rulesThatCannotWorkAreRefusedAtStartNamingTheSetting() {
        RateLimitSettings.Rule zero = new RateLimitSettings.Rule(
                List.of("/**"),
                java.util.Set.of(),
                0,
                Duration.ofMinutes(1),
                RateLimitSettings.Key.IP,
                RateLimitSettings.Count.ALL);
        assertThatThrownBy(() -> new RateLimitSettings(
                        true, Duration.ofMillis(500), Duration.ofSeconds(5), 100, "p:", Map.of("reads", zero)))
                .hasMessageContaining("muejam.rate-limits.rules.reads.limit");
        RateLimitSettings.Rule instant = new RateLimitSettings.Rule(
                List.of("/**"),
                java.util.Set.of(),
                5,
                Duration.ofMillis(10),
                RateLimitSettings.Key.IP,
                RateLimitSettings.Count.ALL);
        assertThatThrownBy(() -> new RateLimitSettings(
                        true, Duration.ofMillis(500), Duration.ofSeconds(5), 100, "p:", Map.of("reads", instant)))
                .hasMessageContaining("muejam.rate-limits.rules.reads.window");
    }

    private static void assertRule(RateLimitSettings.Rule rule, int limit, Duration window, RateLimitSettings.Key key) {
        assertThat(rule.limit()).isEqualTo(limit);
        assertThat(rule.window()).isEqualTo(window);
        assertThat(rule.key()).isEqualTo(key);
    }
}
