package org.muejam.infra.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.muejam.command.testing.MovableClock;
import org.muejam.infra.config.AxonConfig;
import org.muejam.shared.audit.AuditMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Whatever happens to the requests with one Idempotency-Key — retries, other bodies, commands that fail after
 * storing their events, two requests that passed the key check together, hours passing — within one window the
 * events come from one request only, and a retry of the same request is answered from the store. Axon's command
 * bus and JDBC event store run here on PostgreSQL with the transaction wiring of the application.
 */
class IdempotencyKeyProperties {

    private static final Duration WINDOW = Duration.ofHours(24);
    private static final String SCOPE = "anonymous";

    /** A command that stores one event for the aggregate, then fails if asked (the transaction rolls back). */
    record Probe(String aggregateId, boolean fail) {}

    /** One request: which body it sends, how many commands, which of them fails, when it arrives. */
    record Attempt(int body, int commands, int failing, int hoursLater, boolean togetherWithNext) {}

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static IdempotencyKeys keys;
    private static EmbeddedEventStore events;
    private static SimpleCommandBus commandBus;
    private static final MovableClock clock = new MovableClock();

    @BeforeContainer
    static void connect() {
        String url = env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test");
        String appUser = env("MUEJAM_DB_APP_USER", "muejam_app");
        Flyway.configure()
                .dataSource(url, env("MUEJAM_DB_OWNER_USER", "muejam"), env("MUEJAM_DB_OWNER_PASSWORD", ""))
                .placeholders(Map.of("appRole", appUser))
                .load()
                .migrate();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(appUser);
        dataSource.setPassword(env("MUEJAM_DB_APP_PASSWORD", ""));
        dataSource.setMaximumPoolSize(2);
        jdbc = new JdbcTemplate(dataSource);
        keys = new IdempotencyKeys(jdbc, new ObjectMapper());
        // as Axon's Spring Boot auto-configuration wires the JDBC engine and the command bus
        SpringTransactionManager transactions =
                new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        events = EmbeddedEventStore.builder()
                .storageEngine(JdbcEventStorageEngine.builder()
                        .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                                new SpringDataSourceConnectionProvider(dataSource)))
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(AxonConfig.eventStoreSchema())
                        .build())
                .build();
        commandBus = SimpleCommandBus.builder().transactionManager(transactions).build();
        commandBus.registerHandlerInterceptor(new IdempotencyInterceptors.Record(keys, clock, WINDOW));
        commandBus.subscribe(Probe.class.getName(), message -> {
            Probe probe = (Probe) message.getPayload();
            long next = events.lastSequenceNumberFor(probe.aggregateId())
                    .map(n -> n + 1)
                    .orElse(0L);
            events.publish(new GenericDomainEventMessage<>(
                    "IdempotencyProbe",
                    probe.aggregateId(),
                    next,
                    "stored",
                    MetaData.with(AuditMetadata.ACTOR_TYPE, "system").and(AuditMetadata.ACTOR_ID, "system")));
            if (probe.fail()) {
                throw new IllegalStateException("refused after storing its event");
            }
            return null;
        });
    }

    @AfterContainer
    static void close() {
        events.shutDown();
        dataSource.close();
    }

    @Property(tries = 60)
    void withinOneWindowOnlyOneRequestStoresAndItsRetriesAreAnswered(@ForAll("attempts") List<Attempt> attempts) {
        String key = UUID.randomUUID().toString();
        String aggregate = "probe-" + key;
        Model model = new Model();
        List<Run> pending = new ArrayList<>();
        for (Attempt attempt : attempts) {
            clock.advance(Duration.ofHours(attempt.hoursLater()));
            String fingerprint = IdempotencyFilter.fingerprint(
                    "PUT",
                    "/api/probe",
                    null,
                    ("{\"body\":" + attempt.body() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String expected = model.check(fingerprint, clock.instant());
            String actual = check(key, fingerprint);
            assertThat(actual).as("answer to %s", attempt).isEqualTo(expected);
            if ("run".equals(actual)) {
                pending.add(new Run(attempt, new IdempotencyClaim(SCOPE, key, fingerprint, UUID.randomUUID())));
            }
            if (!attempt.togetherWithNext()) {
                for (Run run : pending) {
                    execute(run, aggregate, model);
                }
                pending.clear();
            }
        }
        for (Run run : pending) {
            execute(run, aggregate, model);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class,
                        aggregate))
                .isEqualTo(model.stored);
        for (int i = 1; i < model.firstStores.size(); i++) {
            assertThat(model.firstStores.get(i))
                    .as("a second request stored within the window")
                    .isAfter(model.firstStores.get(i - 1).plus(WINDOW));
        }
    }

    private record Run(Attempt attempt, IdempotencyClaim claim) {}

    private static String check(String key, String fingerprint) {
        Optional<IdempotencyKeys.Stored> stored =
                keys.find(SCOPE, key, clock.instant().minus(WINDOW));
        if (stored.isEmpty()) {
            return "run";
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            return "422";
        }
        return stored.get().answered() ? "replay" : "409";
    }

    private static void execute(Run run, String aggregate, Model model) {
        boolean storedSomething = false;
        for (int command = 0; command < run.attempt().commands(); command++) {
            boolean fail = command == run.attempt().failing();
            FutureCallback<Object, Object> callback = new FutureCallback<>();
            commandBus.dispatch(
                    GenericCommandMessage.asCommandMessage(new Probe(aggregate, fail))
                            .andMetaData(run.claim().toMetaData()),
                    callback);
            CommandResultMessage<?> result = callback.getResult();
            String expected =
                    model.command(run.claim().requestToken(), run.claim().fingerprint(), fail, clock.instant());
            String actual = !result.isExceptional()
                    ? "stored"
                    : result.exceptionResult() instanceof IdempotencyKeyInUse ? "in-use" : "failed";
            assertThat(actual).as("command %d of %s", command, run.attempt()).isEqualTo(expected);
            if (!"stored".equals(actual)) {
                break;
            }
            storedSomething = true;
        }
        boolean kept =
                keys.answer(run.claim(), 200, Map.of("Content-Type", "application/json"), new byte[0], clock.instant());
        assertThat(kept).isEqualTo(storedSomething);
        if (kept) {
            model.answered = true;
        }
    }

    /** What the key should do, in a few lines. */
    private static final class Model {
        UUID holder;
        String fingerprint;
        Instant since;
        boolean answered;
        long stored;
        final List<Instant> firstStores = new ArrayList<>();

        boolean live(Instant now) {
            return holder != null && !since.isBefore(now.minus(WINDOW));
        }

        String check(String requestFingerprint, Instant now) {
            if (!live(now)) {
                return "run";
            }
            if (!fingerprint.equals(requestFingerprint)) {
                return "422";
            }
            return answered ? "replay" : "409";
        }

        String command(UUID request, String requestFingerprint, boolean fail, Instant now) {
            if (live(now) && !holder.equals(request)) {
                return "in-use";
            }
            if (fail) {
                return "failed";
            }
            if (!live(now)) {
                holder = request;
                fingerprint = requestFingerprint;
                since = now;
                answered = false;
                firstStores.add(now);
            }
            stored++;
            return "stored";
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> attempt = Combinators.combine(
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(-1, 2),
                        Arbitraries.of(0, 0, 0, 1, 12, 25),
                        Arbitraries.of(false, false, true))
                .as(Attempt::new);
        return attempt.list().ofMinSize(1).ofMaxSize(8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
