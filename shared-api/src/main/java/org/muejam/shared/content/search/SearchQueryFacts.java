package org.muejam.shared.content.search;

/**
 * What a search query reveals about nobody: its length in characters and its number of words. Kept for every
 * search, a signed-in searcher's or not, while the text itself is kept only as its searcher's personal data.
 */
public final class SearchQueryFacts {

    private SearchQueryFacts() {}

    /** Characters (code points) of the query as it was matched; 0 for none. */
    public static int length(String query) {
        return query == null ? 0 : query.codePointCount(0, query.length());
    }

    /** Words of the query as it was matched (spaces folded); 0 for none. */
    public static int words(String query) {
        if (query == null || query.isBlank()) {
            return 0;
        }
        return query.strip().split("\\s+").length;
    }
}
