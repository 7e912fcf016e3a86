package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Walks every message type in shared-api: personal data can be stored only under its subject's key. A payload is
 * serialised without its metadata, so its subject must be a {@link DataSubject} component; the address and client in
 * the metadata are keyed by the metadata's subject id, and every event type is tried without one.
 */
class EveryEventNamesItsSubjectTest {

    private static final String IP = "192.0.2.77";
    private static final String AGENT = "personal-agent-" + UUID.randomUUID();

    private final SubjectKeyStore keys = mock(SubjectKeyStore.class);
    private final PersonalDataSerializer serializer = new PersonalDataSerializer(
            JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper()
                            .registerModule(new JavaTimeModule())
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                    .build(),
            keys);

    private static List<Class<?>> sharedTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.muejam.shared")) {
            types.add(type.reflect());
        }
        return types;
    }

    private static List<Class<?>> eventTypes() {
        return sharedTypes().stream()
                .filter(Class::isRecord)
                .filter(type -> type.getSimpleName().endsWith("Event"))
                .toList();
    }

    private static boolean carriesPersonalData(Class<?> type) {
        return type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(PersonalData.class))
                : Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(PersonalData.class));
    }

    private static boolean namesSubject(Class<?> type) {
        return type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(DataSubject.class))
                : Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(DataSubject.class));
    }

    @Test
    void theWalkFindsTheEventTypes() {
        assertThat(eventTypes())
                .hasSizeGreaterThan(20)
                .contains(org.muejam.shared.identity.UserRegisteredEvent.class)
                .contains(org.muejam.shared.identity.EmailVerificationIssuedEvent.class)
                .contains(org.muejam.shared.legal.ConsentRecordedEvent.class);
    }

    @Test
    void everyTypeWithPersonalDataNamesItsSubject() {
        List<Class<?>> personal = sharedTypes().stream()
                .filter(EveryEventNamesItsSubjectTest::carriesPersonalData)
                .toList();
        assertThat(personal).isNotEmpty();
        assertThat(personal)
                .as("types with @PersonalData but no @DataSubject component")
                .allMatch(EveryEventNamesItsSubjectTest::namesSubject);
    }

    @Test
    void anEventWhosePersonalDataHasNoSubjectIsRefusedBeforeAnythingIsEncryptedOrStored() {
        List<Class<?>> personal = eventTypes().stream()
                .filter(EveryEventNamesItsSubjectTest::carriesPersonalData)
                .toList();
        assertThat(personal).isNotEmpty();
        for (Class<?> type : personal) {
            Object withoutSubject = sample(type, true);
            assertThatThrownBy(() -> serializer.serialize(withoutSubject, byte[].class))
                    .as(type.getSimpleName() + " without its subject")
                    .isInstanceOf(PersonalDataWithoutSubject.class)
                    .hasMessageContaining(type.getName());
        }
        verifyNoInteractions(keys);
    }

    @Test
    void everyEventsMetadataWithAnAddressOrClientButNoSubjectIsRefused() {
        for (Class<?> type : eventTypes()) {
            for (MetaData meta : List.of(
                    MetaData.with(AuditMetadata.IP_ADDRESS, IP),
                    MetaData.with(AuditMetadata.USER_AGENT, AGENT),
                    MetaData.with(AuditMetadata.IP_ADDRESS, IP)
                            .and(AuditMetadata.USER_AGENT, AGENT)
                            .and(AuditMetadata.SUBJECT_ID, " "))) {
                assertThatThrownBy(() -> serializer.serialize(meta, byte[].class))
                        .as("metadata of " + type.getSimpleName() + ": " + meta.keySet())
                        .isInstanceOf(PersonalDataWithoutSubject.class);
            }
        }
        verifyNoInteractions(keys);
    }

    @Test
    void withTheirSubjectEventsAndMetadataAreStoredEncrypted() {
        when(keys.keyFor(anyString())).thenReturn(new SecretKeySpec(new byte[32], "AES"));
        for (Class<?> type : eventTypes()) {
            Object event = sample(type, false);
            String stored = new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
            assertThat(stored).as(type.getSimpleName()).doesNotContain("personal-sample-");
        }
        MetaData meta = MetaData.with(
                        AuditMetadata.SUBJECT_ID, UUID.randomUUID().toString())
                .and(AuditMetadata.IP_ADDRESS, IP)
                .and(AuditMetadata.USER_AGENT, AGENT);
        String stored = new String(serializer.serialize(meta, byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain(IP).doesNotContain(AGENT);
    }

    @Test
    void metadataWithoutPersonalDataNeedsNoSubject() {
        MetaData system = MetaData.with(AuditMetadata.ACTOR_TYPE, "system").and(AuditMetadata.ACTOR_ID, "system");
        assertThat(new String(serializer.serialize(system, byte[].class).getData(), StandardCharsets.UTF_8))
                .contains("system");
        verifyNoInteractions(keys);
    }

    @Test
    void anEventWhosePersonalFieldsHoldNoCiphertextReadsWithoutTouchingAKey() {
        // stored before its text was personal, under a subject no key could be looked up for
        String stored = """
                {"caseId":"case:1","reportId":"report:1","reporterId":"reader\\u0000x","automated":false,
                 "details":"written before decision 0043","filedAt":"2026-01-02T03:04:05Z"}""";
        ReportFiledEvent read = serializer.deserialize(new SimpleSerializedObject<>(
                stored.getBytes(StandardCharsets.UTF_8), byte[].class, ReportFiledEvent.class.getName(), null));
        assertThat(read.details()).isEqualTo("written before decision 0043");
        assertThat(read.reporterId()).isEqualTo("reader\u0000x");
        verifyNoInteractions(keys);
    }

    /** An instance with a recognisable value in every component; the subject left out when asked. */
    private static Object sample(Class<?> type, boolean withoutSubject) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean subject = components[i].isAnnotationPresent(DataSubject.class);
            String label = (components[i].isAnnotationPresent(PersonalData.class) ? "personal-sample-" : "plain-")
                    + components[i].getName();
            values[i] = subject && withoutSubject ? null : value(types[i], label);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a sample " + type.getName(), e);
        }
    }

    private static Object value(Class<?> type, String label) {
        if (type == String.class) {
            return label;
        }
        if (type == UserId.class) {
            return UserId.random();
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1990, 5, 17);
        }
        if (type == Duration.class) {
            return Duration.ofMinutes(5);
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == java.math.BigDecimal.class) {
            return new java.math.BigDecimal("12.50");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isRecord()) {
            return sample(type, false);
        }
        throw new AssertionError("no sample value for " + type.getName() + " " + label);
    }
}
