package org.muejam.infra.content.upcasting;

import org.muejam.shared.content.search.SearchPerformedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 searches read back naming nobody, with the query's length and word count but not its text. */
@Component
@Order(0)
public class SearchPerformedEventUpcaster extends SearchQueryUpcaster {

    public SearchPerformedEventUpcaster() {
        super(SearchPerformedEvent.class);
    }
}
