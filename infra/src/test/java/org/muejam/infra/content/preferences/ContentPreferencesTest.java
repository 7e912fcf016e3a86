package org.muejam.infra.content.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.content.ContentPreferencesChangedEvent;
import org.muejam.shared.content.ContentPreferencesResponse;
import org.muejam.shared.content.FindContentPreferencesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;

/** A reader's NSFW preference: an event per change, read back through the API and the shared query. */
class ContentPreferencesTest extends IntegrationTest {

    @Autowired
    QueryGateway queries;

    @Test
    void aReaderWhoNeverChoseGetsTheDefault() {
        String token = login(registeredReader(), PASSWORD);

        Api.Response preferences = api.get("/api/me/content-preferences", token);

        assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
        assertThat(preferences.body().get("nsfw").asText()).isEqualTo("BLUR_NSFW");
    }

    @Test
    void eachChangeIsAnEventAndTheSharedQueryAnswersTheLatest() {
        String email = registeredReader();
        // the command side's own directory, written with the registration: no projection to wait for
        String userId =
                jdbc.queryForObject("SELECT user_id FROM email_directory WHERE email = lower(?)", String.class, email);
        String token = login(email, PASSWORD);

        assertThat(api.put("/api/me/content-preferences", Map.of("nsfw", "HIDE_NSFW"), token)
                        .status())
                .isEqualTo(200);
        assertThat(api.put("/api/me/content-preferences", Map.of("nsfw", "HIDE_NSFW"), token)
                        .status())
                .isEqualTo(200);
        assertThat(api.put("/api/me/content-preferences", Map.of("nsfw", "SHOW_ALL"), token)
                        .status())
                .isEqualTo(200);

        assertThat(api.get("/api/me/content-preferences", token)
                        .body()
                        .get("nsfw")
                        .asText())
                .isEqualTo("SHOW_ALL");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                        Long.class,
                        ContentPreferencesChangedEvent.streamOf(UserId.of(userId)),
                        ContentPreferencesChangedEvent.class.getName()))
                .as("the repeated choice stored nothing")
                .isEqualTo(2L);
        ContentPreferencesResponse answer = queries.query(
                        new FindContentPreferencesQuery(UserId.of(userId)),
                        ResponseTypes.instanceOf(ContentPreferencesResponse.class))
                .join();
        assertThat(answer.nsfw()).isEqualTo(NsfwPreference.SHOW_ALL);
    }

    @Test
    void anUnknownPreferenceIsRefusedAndNothingStored() {
        String token = login(registeredReader(), PASSWORD);
        long before = eventCount();

        Api.Response refused = api.put("/api/me/content-preferences", Map.of("nsfw", "SHOW_SOME"), token);
        Api.Response missing = api.put("/api/me/content-preferences", Map.of(), token);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void nobodySignedInMayReadOrChangePreferences() {
        assertThat(api.get("/api/me/content-preferences", null).status()).isEqualTo(401);
        assertThat(api.put("/api/me/content-preferences", Map.of("nsfw", "SHOW_ALL"), null)
                        .status())
                .isEqualTo(401);
    }

    private String registeredReader() {
        String email = uniqueEmail("reader");
        register(email);
        return email;
    }
}
