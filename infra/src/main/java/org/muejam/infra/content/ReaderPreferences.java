package org.muejam.infra.content;

import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.ContentPreferencesResponse;
import org.muejam.shared.content.FindContentPreferencesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * What a reader wants done with content marked NSFW: their own choice when signed in, the default otherwise. Until
 * a handler of the preferences query is registered (the preferences feature), every reader has the default.
 */
@Component
public class ReaderPreferences {

    private final QueryGateway queries;

    public ReaderPreferences(QueryGateway queries) {
        this.queries = queries;
    }

    public NsfwPreference nsfw(Principal reader) {
        if (reader == null) {
            return NsfwPreference.DEFAULT;
        }
        try {
            ContentPreferencesResponse preferences = Queries.ask(
                    queries,
                    new FindContentPreferencesQuery(UserId.of(reader.getName())),
                    ResponseTypes.instanceOf(ContentPreferencesResponse.class));
            return preferences == null || preferences.nsfw() == null ? NsfwPreference.DEFAULT : preferences.nsfw();
        } catch (NoHandlerForQueryException noPreferencesFeature) {
            return NsfwPreference.DEFAULT;
        }
    }
}
