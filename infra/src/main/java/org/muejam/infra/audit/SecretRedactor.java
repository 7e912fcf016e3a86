package org.muejam.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import org.muejam.shared.security.Secret;

/**
 * Turns event payloads and aggregate state into JSON with every {@link Secret} value replaced by
 * {@value Secret#REDACTED}: record components of payloads (nested records and lists of them included) and fields
 * of aggregates. Lists keep their length, so a reader still sees how many codes there were.
 */
final class SecretRedactor {

    private final ObjectMapper payloads;
    private final ObjectMapper states;

    SecretRedactor(ObjectMapper payloads, ObjectMapper states) {
        this.payloads = payloads;
        this.states = states;
    }

    JsonNode payload(Object payload) {
        JsonNode tree = payloads.valueToTree(payload);
        redactComponents(payload, tree);
        return tree;
    }

    /** The aggregate's fields as {@code states} shows them, without the secret ones' values. */
    JsonNode state(Object aggregate) {
        JsonNode tree = states.valueToTree(aggregate);
        if (tree instanceof ObjectNode object) {
            for (Class<?> type = aggregate.getClass();
                    type != null && type != Object.class;
                    type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Secret.class) && object.has(field.getName())) {
                        object.set(field.getName(), redacted(object.get(field.getName())));
                    }
                }
            }
        }
        return tree;
    }

    private static void redactComponents(Object value, JsonNode tree) {
        if (value == null || tree == null) {
            return;
        }
        if (value.getClass().isRecord() && tree instanceof ObjectNode object) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = component.getName();
                if (!object.has(name)) {
                    continue;
                }
                if (component.isAnnotationPresent(Secret.class)) {
                    object.set(name, redacted(object.get(name)));
                } else {
                    redactComponents(read(component, value), object.get(name));
                }
            }
        } else if (value instanceof Iterable<?> items && tree instanceof ArrayNode array) {
            Iterator<JsonNode> nodes = array.elements();
            for (Object item : items) {
                if (!nodes.hasNext()) {
                    return;
                }
                redactComponents(item, nodes.next());
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a value that cannot be read is not walked into; its own secrets would have to be marked on it
            return null;
        }
    }

    private static JsonNode redacted(JsonNode value) {
        if (value == null || value.isNull()) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode masked = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> masked.add(Secret.REDACTED));
            return masked;
        }
        return JsonNodeFactory.instance.textNode(Secret.REDACTED);
    }
}
