package org.muejam.infra.content.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.muejam.infra.upcasting.FieldAddingUpcaster;
import org.muejam.shared.content.search.SearchQueryFacts;

/**
 * Revision 1 of the search events stored every query in clear and named no searcher. Read as revision 2 they name
 * nobody and keep only the query's length and word count: the text cannot be told apart from an anonymous search's,
 * whose text is no longer kept, nor erased with anyone (decision 0043). The stored bytes stay as they are.
 */
abstract class SearchQueryUpcaster extends FieldAddingUpcaster {

    SearchQueryUpcaster(Class<?> event) {
        super(event, "1", "2", SearchQueryUpcaster::forgetTheText);
    }

    static void forgetTheText(ObjectNode upcast) {
        String query = upcast.hasNonNull("query") ? upcast.get("query").asText() : null;
        upcast.putNull("searcherId");
        upcast.put("queryLength", SearchQueryFacts.length(query));
        upcast.put("queryWords", SearchQueryFacts.words(query));
        upcast.putNull("query");
    }
}
