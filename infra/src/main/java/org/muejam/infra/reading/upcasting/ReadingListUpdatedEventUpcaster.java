package org.muejam.infra.reading.upcasting;

import org.muejam.infra.upcasting.FieldAddingUpcaster;
import org.muejam.shared.reading.ReadingListUpdatedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 changes did not name the owner: they read back without one, their name and description as they were
 * stored (in clear, from before decision 0043; the log is never rewritten).
 */
@Component
@Order(0)
public class ReadingListUpdatedEventUpcaster extends FieldAddingUpcaster {

    public ReadingListUpdatedEventUpcaster() {
        super(ReadingListUpdatedEvent.class, "1", "2", upcast -> upcast.putNull("ownerId"));
    }
}
