package org.muejam.shared.content.search;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Somebody opened a search result: the story, its 0-based place in the results, and the query's length and number
 * of words. The normalised query is kept only for a signed-in searcher, as their personal data, as in
 * {@link SearchPerformedEvent}.
 *
 * @param searcherId the signed-in searcher, or null
 * @param query the normalised query of a signed-in searcher, null otherwise
 */
@Revision("2")
public record SearchResultClickedEvent(
        @DataSubject UserId searcherId,
        @PersonalData String query,
        int queryLength,
        int queryWords,
        String storyId,
        int position,
        Instant clickedAt) {

    /** The click as recorded: the text only with its searcher, the facts always. */
    public static SearchResultClickedEvent of(
            UserId searcherId, String query, String storyId, int position, Instant clickedAt) {
        return new SearchResultClickedEvent(
                searcherId,
                searcherId == null ? null : query,
                SearchQueryFacts.length(query),
                SearchQueryFacts.words(query),
                storyId,
                position,
                clickedAt);
    }
}
