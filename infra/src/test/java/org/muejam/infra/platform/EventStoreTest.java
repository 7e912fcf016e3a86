package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.dao.DataAccessException;

/** The event log is append-only in the database itself, and nothing is stored as a large object. */
class EventStoreTest extends IntegrationTest {

    @Test
    void updatesAndDeletesOfEventsFailWhileAxonKeepsAppending() throws SQLException {
        register(uniqueEmail("immutable"));
        long before = eventCount();
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload_type = 'x'"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry")).isInstanceOf(DataAccessException.class);
        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE domain_event_entry SET payload_type = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM domain_event_entry"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE domain_event_entry CASCADE"))
                    .hasMessageContaining("append-only");
        }
        assertThat(eventCount()).isEqualTo(before);
        register(uniqueEmail("still-appending"));
        assertThat(eventCount()).isGreaterThan(before);
    }

    @Test
    void auditRowsAndSealsCannotBeChangedOrRemoved() {
        register(uniqueEmail("audit-immutable"));
        await(
                "the audit view has rows",
                java.time.Duration.ofSeconds(10),
                () -> jdbc.queryForObject("SELECT count(*) FROM audit_log", Long.class) > 0);
        await(
                "the seal has links",
                java.time.Duration.ofSeconds(10),
                () -> jdbc.queryForObject("SELECT count(*) FROM audit_seal", Long.class) > 0);
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor_id = 'someone-else'"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_seal SET chain_hash = ''::bytea"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_seal")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void payloadsAreByteaAndNoLargeObjectIsEverCreated() throws SQLException {
        register(uniqueEmail("bytea"));
        assertThat(jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'oid'""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domain_event_entry' AND column_name = 'payload'""", String.class)).isEqualTo("bytea");
        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement();
                var rs = statement.executeQuery("SELECT count(*) FROM pg_largeobject_metadata")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void theEventSequenceAllocatesOneAtATime() {
        assertThat(jdbc.queryForObject("""
                SELECT increment_by::bigint * 1000 + cache_size FROM pg_sequences
                WHERE sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')::regclass::text
                   OR schemaname || '.' || sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')""", Long.class)).isEqualTo(1001L);
    }

    @Test
    void everyEventCarriesItsRevision() {
        register(uniqueEmail("revision"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_revision IS NULL", Long.class))
                .isZero();
    }

    /** Whatever the tests before happened to store: every event type names its revision, for its upcasters. */
    @Test
    void everyEventTypeNamesItsRevision() {
        List<String> without = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.muejam.shared")) {
            Class<?> event = type.reflect();
            if (event.isRecord()
                    && event.getSimpleName().endsWith("Event")
                    && !event.isAnnotationPresent(Revision.class)) {
                without.add(event.getName());
            }
        }
        assertThat(without).as("events without @Revision").isEmpty();
    }
}
