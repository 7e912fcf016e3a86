package org.muejam.infra.identity.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 sign-ins knew nothing of network and country: they read back with both unknown. */
@Component
@Order(0)
public class UserLoggedInEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(UserLoggedInEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(UserLoggedInEvent.class.getName(), "2"), JsonNode.class, node -> {
                    ObjectNode upcast = ((ObjectNode) node).deepCopy();
                    upcast.putNull("network");
                    upcast.putNull("country");
                    return upcast;
                });
    }
}
