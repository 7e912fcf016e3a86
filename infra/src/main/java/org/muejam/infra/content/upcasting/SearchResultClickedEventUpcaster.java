package org.muejam.infra.content.upcasting;

import org.muejam.shared.content.search.SearchResultClickedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revision 1 clicks read back naming nobody, with the query's length and word count but not its text. */
@Component
@Order(0)
public class SearchResultClickedEventUpcaster extends SearchQueryUpcaster {

    public SearchResultClickedEventUpcaster() {
        super(SearchResultClickedEvent.class);
    }
}
