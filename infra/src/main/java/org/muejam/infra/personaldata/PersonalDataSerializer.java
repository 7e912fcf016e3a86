package org.muejam.infra.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Jackson serializer for events that encrypts every {@link PersonalData} field, and the address and client in
 * the metadata, with the key of the message's data subject. Reading back decrypts while the key exists and
 * yields each field's placeholder after the subject was erased; the stored bytes never change. Personal data whose
 * subject is unknown is refused ({@link PersonalDataWithoutSubject}): it could be neither protected nor erased.
 */
public class PersonalDataSerializer implements org.axonframework.serialization.Serializer {

    private static final List<PersonalField> METADATA_FIELDS = List.of(
            new PersonalField(AuditMetadata.IP_ADDRESS, PersonalData.ERASED, true),
            new PersonalField(AuditMetadata.USER_AGENT, PersonalData.ERASED, true));

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final SubjectKeyStore keys;
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    public PersonalDataSerializer(JacksonSerializer delegate, SubjectKeyStore keys) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Shape shape = object == null ? Shape.NONE : shapeOf(object.getClass());
        if (shape.fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        String subject = subjectOf(tree, shape);
        List<PersonalField> present = shape.fields.stream()
                .filter(field -> tree.hasNonNull(field.name))
                .toList();
        if (subject == null && !present.isEmpty()) {
            throw new PersonalDataWithoutSubject(object.getClass().getName() + " holds personal data ("
                    + present.stream().map(PersonalField::name).toList() + ") but names no data subject ("
                    + shape.subjectField + ")");
        }
        if (!present.isEmpty()) {
            SecretKey key = keys.keyFor(subject);
            for (PersonalField field : present) {
                tree.put(
                        field.name,
                        FieldCipher.encrypt(key, subject, tree.get(field.name).toString()));
            }
        }
        SerializedObject<JsonNode> serialized =
                new SimpleSerializedObject<>(tree, JsonNode.class, typeForClass(object.getClass()));
        return getConverter().convert(serialized, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        Shape shape = shapeOf(type);
        if (shape.fields.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode data = getConverter().convert(serializedObject, JsonNode.class).getData();
        if (data instanceof ObjectNode tree) {
            String subject = subjectOf(tree, shape);
            // the key is looked up only when a field was encrypted: an event whose personal fields are empty, or
            // were stored before they were personal, reads without one, whatever its subject field holds
            boolean encrypted = shape.fields.stream().anyMatch(field -> encrypted(tree.get(field.name)));
            Optional<SecretKey> key = subject == null || !encrypted ? Optional.empty() : keys.existingKeyFor(subject);
            for (PersonalField field : shape.fields) {
                JsonNode value = tree.get(field.name);
                if (encrypted(value)) {
                    tree.set(
                            field.name,
                            key.map(k -> decrypt(k, subject, value.asText())).orElseGet(field::placeholder));
                }
            }
        }
        return delegate.deserialize(new SimpleSerializedObject<>(data, JsonNode.class, serializedObject.getType()));
    }

    private static boolean encrypted(JsonNode value) {
        return value != null && value.isTextual() && FieldCipher.isCiphertext(value.asText());
    }

    private JsonNode decrypt(SecretKey key, String subject, String ciphertext) {
        try {
            return mapper.readTree(FieldCipher.decrypt(key, subject, ciphertext));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data of " + subject + " is not JSON after decryption", e);
        }
    }

    private static String subjectOf(ObjectNode tree, Shape shape) {
        JsonNode subject = tree.get(shape.subjectField);
        return subject == null || subject.isNull() || subject.asText().isBlank() ? null : subject.asText();
    }

    private Shape shapeOf(Class<?> type) {
        return shapes.computeIfAbsent(type, PersonalDataSerializer::inspect);
    }

    private static Shape inspect(Class<?> type) {
        if (MetaData.class.isAssignableFrom(type)) {
            return new Shape(AuditMetadata.SUBJECT_ID, METADATA_FIELDS);
        }
        List<PersonalField> fields = new ArrayList<>();
        String subject = null;
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                PersonalData personal = component.getAnnotation(PersonalData.class);
                if (personal != null) {
                    fields.add(new PersonalField(
                            component.getName(), personal.replacement(), component.getType() == String.class));
                }
                if (component.isAnnotationPresent(DataSubject.class)) {
                    subject = component.getName();
                }
            }
        } else {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    PersonalData personal = field.getAnnotation(PersonalData.class);
                    if (personal != null) {
                        fields.add(new PersonalField(
                                field.getName(), personal.replacement(), field.getType() == String.class));
                    }
                    if (field.isAnnotationPresent(DataSubject.class)) {
                        subject = field.getName();
                    }
                }
            }
        }
        if (!fields.isEmpty() && subject == null) {
            throw new IllegalStateException(
                    type.getName() + " has @PersonalData fields but no @DataSubject naming whose data they are");
        }
        return fields.isEmpty() ? Shape.NONE : new Shape(subject, List.copyOf(fields));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private record PersonalField(String name, String replacement, boolean text) {
        JsonNode placeholder() {
            return text ? TextNode.valueOf(replacement) : NullNode.getInstance();
        }
    }

    private record Shape(String subjectField, List<PersonalField> fields) {
        static final Shape NONE = new Shape(null, List.of());
    }
}
