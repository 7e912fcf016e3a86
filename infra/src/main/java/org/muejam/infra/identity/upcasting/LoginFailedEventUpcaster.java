package org.muejam.infra.identity.upcasting;

import org.muejam.infra.upcasting.FieldAddingUpcaster;
import org.muejam.shared.identity.LoginFailedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 failures knew no devices: every one of them came from a client the account did not know. */
@Component
@Order(0)
public class LoginFailedEventUpcaster extends FieldAddingUpcaster {

    public LoginFailedEventUpcaster() {
        super(LoginFailedEvent.class, "1", "2", upcast -> {
            upcast.put("knownDevice", false);
            upcast.putNull("deviceId");
        });
    }
}
