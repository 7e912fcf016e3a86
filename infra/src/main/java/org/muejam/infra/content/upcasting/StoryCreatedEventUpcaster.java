package org.muejam.infra.content.upcasting;

import org.muejam.infra.upcasting.FieldAddingUpcaster;
import org.muejam.shared.content.StoryCreatedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 stories had no cover image. */
@Component
@Order(0)
public class StoryCreatedEventUpcaster extends FieldAddingUpcaster {

    public StoryCreatedEventUpcaster() {
        super(StoryCreatedEvent.class, "1", "2", upcast -> upcast.putNull("coverImageId"));
    }
}
