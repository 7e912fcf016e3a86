package org.muejam.infra.identity.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.muejam.shared.identity.LoginFailedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 failures knew no devices: every one of them came from a client the account did not know. */
@Component
@Order(0)
public class LoginFailedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(LoginFailedEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(LoginFailedEvent.class.getName(), "2"), JsonNode.class, node -> {
                    ObjectNode upcast = ((ObjectNode) node).deepCopy();
                    upcast.put("knownDevice", false);
                    upcast.putNull("deviceId");
                    return upcast;
                });
    }
}
