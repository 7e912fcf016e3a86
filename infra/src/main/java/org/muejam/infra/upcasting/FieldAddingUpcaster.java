package org.muejam.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one revision of an event as the next, which added fields: they are given their defaults. The defaults see
 * the old revision's fields, and may also blank one the new revision no longer reads.
 */
public abstract class FieldAddingUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final Consumer<ObjectNode> defaults;

    protected FieldAddingUpcaster(
            Class<?> event, String fromRevision, String toRevision, Consumer<ObjectNode> defaults) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
        this.defaults = defaults;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, node -> {
            ObjectNode upcast = ((ObjectNode) node).deepCopy();
            defaults.accept(upcast);
            return upcast;
        });
    }
}
