package org.muejam.infra.content.upcasting;

import org.muejam.infra.upcasting.FieldAddingUpcaster;
import org.muejam.shared.content.ChapterAddedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 chapters could not be marked NSFW: none of them was. */
@Component
@Order(0)
public class ChapterAddedEventUpcaster extends FieldAddingUpcaster {

    public ChapterAddedEventUpcaster() {
        super(ChapterAddedEvent.class, "1", "2", upcast -> upcast.put("nsfw", false));
    }
}
