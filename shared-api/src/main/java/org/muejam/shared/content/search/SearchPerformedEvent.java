package org.muejam.shared.content.search;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Somebody searched the stories: the filters and sort by name, how many stories it found, and the query's length
 * and number of words. The query as it was matched (trimmed, lower case, spaces folded) is kept only for a
 * signed-in searcher, as their personal data (it may name anyone); a search by someone not signed in keeps no
 * text, since nobody could ever ask for it to be erased.
 *
 * @param searcherId the signed-in searcher, or null
 * @param query the normalised query of a signed-in searcher ("" for none), null otherwise
 */
@Revision("2")
public record SearchPerformedEvent(
        @DataSubject UserId searcherId,
        @PersonalData String query,
        int queryLength,
        int queryWords,
        String filters,
        String sort,
        long results,
        Instant searchedAt) {

    /** The search as recorded: the text only with its searcher, the facts always. */
    public static SearchPerformedEvent of(
            UserId searcherId, String query, String filters, String sort, long results, Instant searchedAt) {
        return new SearchPerformedEvent(
                searcherId,
                searcherId == null ? null : query,
                SearchQueryFacts.length(query),
                SearchQueryFacts.words(query),
                filters,
                sort,
                results,
                searchedAt);
    }
}
