package org.muejam.infra.identity.upcasting;

import org.muejam.infra.upcasting.FieldAddingUpcaster;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 sign-ins knew nothing of network and country: they read back with both unknown. */
@Component
@Order(0)
public class UserLoggedInEventUpcaster extends FieldAddingUpcaster {

    public UserLoggedInEventUpcaster() {
        super(UserLoggedInEvent.class, "1", "2", upcast -> {
            upcast.putNull("network");
            upcast.putNull("country");
        });
    }
}
