package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.muejam.infra.config.AxonConfig;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.DocumentType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Personal data in an immutable log: for any event and any subject, encrypt, store in the PostgreSQL event store
 * and load gives the original while the subject's key exists and the placeholders once it is erased; the stored
 * bytes never contain the plaintext and never change.
 */
class PersonalDataProperties {

    private static JdbcTemplate jdbc;
    private static SubjectKeyStore keys;
    private static JdbcEventStorageEngine store;

    @BeforeContainer
    static void connect() {
        String url = env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test");
        String appUser = env("MUEJAM_DB_APP_USER", "muejam_app");
        Flyway.configure()
                .dataSource(url, env("MUEJAM_DB_OWNER_USER", "muejam"), env("MUEJAM_DB_OWNER_PASSWORD", ""))
                .placeholders(java.util.Map.of("appRole", appUser))
                .load()
                .migrate();
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(url, appUser, env("MUEJAM_DB_APP_PASSWORD", ""));
        jdbc = new JdbcTemplate(dataSource);
        // the application running beside this property reads these events too: it must be able to open them
        String configured = System.getenv("MUEJAM_MASTER_KEY");
        byte[] master = new byte[32];
        if (configured != null && !configured.isBlank()) {
            master = java.util.Base64.getDecoder().decode(configured.strip());
        } else {
            new SecureRandom().nextBytes(master);
        }
        keys = new SubjectKeyStore(jdbc, new DataSourceTransactionManager(dataSource), master);
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        PersonalDataSerializer serializer = new PersonalDataSerializer(
                JacksonSerializer.builder().objectMapper(mapper).build(), keys);
        EventSchema schema = AxonConfig.eventStoreSchema();
        store = JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(schema)
                .build();
    }

    @Property(tries = 60)
    void registrationsReadBackWhileTheKeyLivesAndAsPlaceholdersAfterErasure(
            @ForAll("registrations") UserRegisteredEvent event, @ForAll("addresses") String ip) {
        String subject = event.userId().value();
        MetaData meta = MetaData.with(AuditMetadata.SUBJECT_ID, subject)
                .and(AuditMetadata.IP_ADDRESS, ip)
                .and(AuditMetadata.USER_AGENT, "agent-" + ip);
        store.appendEvents(new GenericDomainEventMessage<>("UserAccount", subject, 0, event, meta));

        DomainEventMessage<?> loaded = store.readEvents(subject).next();
        assertThat(loaded.getPayload()).isEqualTo(event);
        assertThat(loaded.getMetaData().get(AuditMetadata.IP_ADDRESS)).isEqualTo(ip);
        byte[] stored = storedBytes(subject);
        for (String plaintext : List.of(event.email(), event.displayName(), ip)) {
            assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(plaintext);
        }

        assertThat(keys.erase(subject)).isTrue();
        DomainEventMessage<?> erased = store.readEvents(subject).next();
        UserRegisteredEvent forgotten = (UserRegisteredEvent) erased.getPayload();
        assertThat(forgotten.email()).isEqualTo("[erased]");
        assertThat(forgotten.displayName()).isEqualTo("Deleted User");
        assertThat(forgotten.birthDate()).isNull();
        assertThat(forgotten.userId()).isEqualTo(event.userId());
        assertThat(forgotten.roles()).isEqualTo(event.roles());
        assertThat(erased.getMetaData().get(AuditMetadata.IP_ADDRESS)).isEqualTo("[erased]");
        assertThat(storedBytes(subject)).isEqualTo(stored);
    }

    @Property(tries = 60)
    void consentsOfOnePersonAreForgottenWithoutTouchingAnyoneElse(
            @ForAll("consents") ConsentRecordedEvent mine, @ForAll("consents") ConsentRecordedEvent theirs) {
        store.appendEvents(
                new GenericDomainEventMessage<>("UserAccount", mine.userId().value(), 0, mine),
                new GenericDomainEventMessage<>("UserAccount", theirs.userId().value(), 0, theirs));
        keys.erase(mine.userId().value());
        ConsentRecordedEvent mineLoaded = (ConsentRecordedEvent)
                store.readEvents(mine.userId().value()).next().getPayload();
        assertThat(mineLoaded.ipAddress()).isEqualTo("[erased]");
        assertThat(mineLoaded.userAgent()).isEqualTo("[erased]");
        assertThat(mineLoaded.version()).isEqualTo(mine.version());
        assertThat(mineLoaded.consentedAt()).isEqualTo(mine.consentedAt());
        assertThat(store.readEvents(theirs.userId().value()).next().getPayload())
                .isEqualTo(theirs);
    }

    @Provide
    Arbitrary<UserRegisteredEvent> registrations() {
        Arbitrary<String> local = text(8, 24);
        Arbitrary<String> names = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars("ÄÖÜßéñ漢字 ")
                .ofMinLength(8)
                .ofMaxLength(40)
                .map(String::strip)
                .filter(s -> s.length() >= 6)
                .map(s -> "N" + s + "x");
        Arbitrary<LocalDate> births = Arbitraries.integers()
                .between(0, 30_000)
                .map(days -> LocalDate.of(1930, 1, 1).plusDays(days));
        return Combinators.combine(local, names, births)
                .as((l, n, b) -> new UserRegisteredEvent(
                        new UserId(UUID.randomUUID().toString()),
                        l + "@example.org",
                        n,
                        "$argon2id$hash",
                        b,
                        Set.of(Role.USER),
                        Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    @Provide
    Arbitrary<ConsentRecordedEvent> consents() {
        return Combinators.combine(Arbitraries.of(DocumentType.class), text(1, 10), addresses(), text(8, 60))
                .as((type, version, ip, agent) -> new ConsentRecordedEvent(
                        new UserId(UUID.randomUUID().toString()),
                        type,
                        version,
                        Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        ip,
                        agent));
    }

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.integers()
                .between(1, 254)
                .list()
                .ofSize(4)
                .map(parts ->
                        String.join(".", parts.stream().map(String::valueOf).toList()));
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(min)
                .ofMaxLength(max)
                .map(s -> "q" + s);
    }

    private static byte[] storedBytes(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT payload || coalesce(meta_data, ''::bytea) FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ?",
                byte[].class,
                aggregateId);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
