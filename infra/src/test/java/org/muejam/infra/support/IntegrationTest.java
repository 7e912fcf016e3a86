package org.muejam.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.muejam.command.content.application.FilterSettingsCache;
import org.muejam.infra.audit.AppendAuthenticator;
import org.muejam.infra.projections.ProjectionAwait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port against the real PostgreSQL, Redis,
 * Elasticsearch and GreenMail that {@code infra/muejam test} brings up, driven through its REST API.
 */
@AutoConfigureObservability
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "muejam.admin.email=" + IntegrationTest.ADMIN_EMAIL,
            "muejam.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
            "muejam.audit.seal-interval=200ms",
            // checkpoints of the seal: a file of this context's own; tests publish them through CheckpointPublisher
            "muejam.audit.checkpoints.file=target/audit-checkpoints-${random.uuid}.jsonl",
            "muejam.audit.checkpoints.interval=1h",
            "muejam.lockout.alert-after-failures=2",
            "muejam.lockout.lock-after-failures=3",
            // the bootstrap administrator does admin work in many tests; StaffTwoFactorTest turns the rule on itself
            "muejam.security.require-2fa-for-moderators=false",
            // the test clients' addresses (Api) may scrape metrics; OperationsTest asks from elsewhere too
            "muejam.security.metrics-scrapers=198.51.100.0/24,203.0.113.0/24",
            // buckets of earlier runs against the same Redis must not count against this one
            "muejam.rate-limits.redis-key-prefix=muejam-test:${random.uuid}:",
            // RedisOutageTest waits for the limiter to return to Redis; production retries every 5 s
            "muejam.rate-limits.redis-retry-interval=1s",
            // one test author writes more than ten pieces an hour; RateLimitSettingsTest checks the real numbers
            "muejam.rate-limits.rules.content.limit=10000",
            // the abuse detector counts no test client of Api's ranges (they register and write in bursts);
            // AbuseDetectionTest's clients come from 2001:db8::/32
            "muejam.abuse.exempt-networks=198.51.100.0/24,203.0.113.0/24"
        })
public abstract class IntegrationTest {

    public static final String ADMIN_EMAIL = "admin@muejam.test";
    public static final String ADMIN_PASSWORD = "long-integration-passphrase-7";
    public static final String PASSWORD = "Reading-list-2026!";

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ProjectionAwait projections;

    @Autowired
    private AppendAuthenticator appendAuthenticator;

    protected Api api;

    @Autowired
    private FilterSettingsCache filterSettings;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void externalIssuer(DynamicPropertyRegistry registry) {
        registry.add("muejam.oidc.issuer", () -> ExternalIssuer.ISSUER);
        registry.add("muejam.oidc.jwks-uri", ExternalIssuer::jwksUri);
        registry.add("muejam.oidc.audience", () -> ExternalIssuer.AUDIENCE);
        // the search index of this test database: checkouts testing at once on other databases keep theirs
        registry.add("muejam.search.index", IntegrationTest::searchIndex);
    }

    /** The search alias of this run's database, e.g. muejam_test-stories. */
    protected static String searchIndex() {
        String url = env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test");
        String database = url.replaceAll("\\?.*$", "").replaceAll("^.*/", "");
        return database.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-") + "-stories";
    }

    @BeforeEach
    void connect() {
        api = new Api(port, json);
    }

    protected String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    protected String login(String email, String password) {
        return login(api, email, password);
    }

    /** Signs in through {@code client}, whose address the sign-in's rate limits count. */
    protected String login(Api client, String email, String password) {
        Api.Response response = client.post("/api/auth/login", Map.of("email", email, "password", password), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().get("accessToken").asText();
    }

    /** A new account whose authenticator app is paired and confirmed. */
    protected record Enrolled(String userId, String email, String secret, List<String> backupCodes) {}

    /** Registers an account and turns on two-factor authentication for it, as a person would. */
    protected Enrolled enrolled(String prefix) {
        String email = uniqueEmail(prefix);
        String userId = register(email);
        SecondFactor paired = pairAuthenticator(api, login(email, PASSWORD));
        return new Enrolled(userId, email, paired.secret(), paired.backupCodes());
    }

    /** An authenticator app's secret, confirmed, and the backup codes the confirmation gave. */
    protected record SecondFactor(String secret, List<String> backupCodes) {}

    /** Pairs an authenticator app with the signed-in account of {@code token} and confirms it with a code. */
    protected SecondFactor pairAuthenticator(Api client, String token) {
        Api.Response setup = client.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), token);
        assertThat(setup.status()).as(setup.toString()).isEqualTo(200);
        String secret = setup.body().get("secret").asText();
        Api.Response confirmed = client.post(
                "/api/auth/2fa/verify-setup", Map.of("code", Authenticator.code(secret, Instant.now())), token);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        confirmed.body().get("backupCodes").forEach(code -> codes.add(code.asText()));
        return new SecondFactor(secret, codes);
    }

    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Makes sure a ToS and a privacy policy are in effect and returns what a new account must accept. */
    protected List<Map<String, String>> currentRequiredDocuments() {
        String admin = null;
        List<Map<String, String>> accepted = new java.util.ArrayList<>();
        for (String type : List.of("terms-of-service", "privacy-policy")) {
            Api.Response active = api.get("/api/legal/documents/" + type, null);
            if (active.status() == 404) {
                admin = admin == null ? adminToken() : admin;
                Api.Response published = api.post(
                        "/api/legal/documents/" + type,
                        Map.of("version", "1", "content", "# " + type, "effectiveDate", "2026-01-01"),
                        admin);
                assertThat(published.status()).as(published.toString()).isIn(201, 409);
                active = api.get("/api/legal/documents/" + type, null);
            }
            assertThat(active.status()).as(active.toString()).isEqualTo(200);
            accepted.add(
                    Map.of("type", type, "version", active.body().get("version").asText()));
        }
        return accepted;
    }

    /**
     * Stores the built-in content filter configuration as the administrator would (other tests change it), and
     * makes this node read it at once.
     */
    protected void useTheBuiltInFilters(String admin) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put(
                "sensitivity",
                Map.of(
                        "profanity",
                        "MEDIUM",
                        "spam",
                        "MEDIUM",
                        "hateSpeech",
                        "MEDIUM",
                        "maliciousUrls",
                        "MEDIUM",
                        "pii",
                        "MEDIUM"));
        settings.put("profanityWords", List.of("grotty"));
        settings.put("hateSpeechTerms", List.of("subhuman", "vermin"));
        settings.put("spamPhrases", List.of("free money"));
        Api.Response replaced = api.put("/api/admin/content-filters", settings, admin);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        awaitReadModels();
        filterSettings.invalidate();
    }

    /** A person whose address is verified (so they may write), with a client and an address of their own. */
    protected Person verifiedPerson(String prefix) {
        return person(prefix, true);
    }

    /** A verified person who registered under {@code displayName}. */
    protected Person verifiedPerson(String prefix, String displayName) {
        return person(prefix, displayName, true);
    }

    /** A signed-in person with a client and an address of their own; {@code verified}: their address is. */
    protected Person person(String prefix, boolean verified) {
        return person(prefix, null, verified);
    }

    private Person person(String prefix, String displayName, boolean verified) {
        Api client = new Api(port, json, Api.nextClientIp());
        String email = uniqueEmail(prefix);
        String userId = register(client, email, displayName == null ? "Reader " + email.substring(0, 6) : displayName);
        if (verified) {
            Api.Response done =
                    client.post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null);
            assertThat(done.status()).as(done.toString()).isEqualTo(204);
        }
        return new Person(userId, email, login(client, email, PASSWORD), client);
    }

    /** A verified person the administrator made a moderator in {@code role}, signed in again to carry it. */
    protected Person moderator(String role) {
        Person person = verifiedPerson(role.toLowerCase(java.util.Locale.ROOT));
        Api.Response granted =
                api.post("/api/moderation/moderators", Map.of("userId", person.userId(), "role", role), adminToken());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return new Person(
                person.userId(), person.email(), login(person.client(), person.email(), PASSWORD), person.client());
    }

    /** Registers an adult account accepting the current documents; returns its id. */
    protected String register(String email) {
        return register(api, email);
    }

    /** Registers through {@code client}, whose address the registration's rate limits count. */
    protected String register(Api client, String email) {
        return register(client, email, "Reader " + email.substring(0, 6));
    }

    /** Registers under {@code displayName} through {@code client}; returns the account's id. */
    protected String register(Api client, String email, String displayName) {
        Api.Response response = client.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "displayName",
                        displayName,
                        "birthDate",
                        "1990-05-17",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("userId").asText();
    }

    /**
     * Writes the append MAC of events a test stored in the table itself, as the platform would have appended them:
     * without it the seal reports them as not appended by the platform.
     */
    protected void authenticatePlanted(String... eventIds) {
        appendAuthenticator.authenticate(List.of(eventIds));
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    /** A connection as the database owner, who can do what the application role cannot. */
    protected static Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(
                env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test"),
                env("MUEJAM_DB_OWNER_USER", "muejam"),
                env("MUEJAM_DB_OWNER_PASSWORD", ""));
    }

    protected static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Waits until every projection has passed the last write of this test's client: commands answer before the
     * read models have their events, so a test that reads a read model's table directly waits first.
     */
    protected void awaitReadModels() {
        assertThat(projections.await(List.of(), api.lastWrite(), Duration.ofSeconds(30)))
                .as("the read models reach position " + api.lastWrite())
                .isTrue();
    }

    protected static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        // polling the API counts against the read rate limit (100 a minute per address): the pause doubles up to 2 s,
        // so a minute's wait asks about 35 times
        long pauseMillis = 125;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(pauseMillis);
                pauseMillis = Math.min(2_000, pauseMillis * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Rebuilds the named projections from zero, as an administrator would (each request from an address of its own:
     * writes are rate-limited per address), and waits until every projection has caught up again.
     */
    protected void rebuildProjections(String admin, List<String> names) {
        for (String name : names) {
            Api.Response rebuild = new Api(port, json, Api.nextClientIp())
                    .post("/api/admin/projections/" + name + "/rebuild", null, admin);
            assertThat(rebuild.status()).as(name + ": " + rebuild).isIn(202, 409);
        }
        await("every rebuild done", Duration.ofSeconds(120), () -> {
            JsonNode now = api.get("/api/admin/projections", admin).body();
            boolean[] done = {true};
            (now.isArray() ? now : now.path("items")).forEach(p -> {
                if (p.path("replaying").asBoolean() || p.path("lag").asLong() > 0) {
                    done[0] = false;
                }
            });
            return done[0];
        });
    }

    /**
     * Runs the deadlines due at {@code at} on a scheduler started afresh with its clock there (what a node restarted
     * then would run; see {@link SchedulerAfterRestart}) until {@code done} holds, or {@code wait} passes.
     */
    protected void runDueAfterRestart(Instant at, String what, Duration wait, BooleanSupplier done) {
        SchedulerAfterRestart.runDueAt(at, context, what, wait, done);
    }

    /**
     * A published story of the author's, read back by them so that what others do next (a report, a comment)
     * finds it.
     */
    protected static String publishedStory(Person author) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "The harbour");
        body.put("description", "A story of the sea");
        body.put("genre", "fantasy");
        body.put("tags", List.of("sea"));
        body.put("nsfw", false);
        Api.Response created = author.post("/api/stories", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(author.post("/api/stories/" + id + "/publish", null).status())
                .isEqualTo(200);
        // a read of the author's own awaits the publication, so others' reports and comments find the story
        assertThat(author.get("/api/stories/" + id).status()).isEqualTo(200);
        return id;
    }

    /** Runs the deletion request's grace deadline, due at {@code until}, on a restarted scheduler until it completed. */
    protected void eraseWhenGraceEnds(String requestId, Instant until) {
        runDueAfterRestart(
                until.plusSeconds(1),
                "the erasure completed",
                Duration.ofSeconds(60),
                () -> "COMPLETED"
                        .equals(api.get("/api/gdpr/delete/" + requestId, null)
                                .body()
                                .path("status")
                                .asText()));
    }

    /** Waits until the seal covers every stored event, then returns the seal's verification. */
    protected JsonNode sealedVerdict(String admin) {
        await(
                "every event is sealed",
                Duration.ofSeconds(30),
                () -> api.get("/api/admin/audit/verify", admin)
                                .body()
                                .get("pendingEvents")
                                .asLong()
                        == 0);
        Api.Response verdict = api.get("/api/admin/audit/verify", admin);
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        return verdict.body();
    }

    protected JsonNode auditEntries(String admin, String query) {
        Api.Response response = api.get("/api/admin/audit-logs?" + query, admin);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().get("items");
    }
}
