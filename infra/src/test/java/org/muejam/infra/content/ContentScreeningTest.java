package org.muejam.infra.content;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.content.application.FilterSettingsCache;
import org.muejam.command.content.application.ScreeningPipeline;
import org.muejam.command.content.screening.UrlReputation;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.support.Api;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screening pipeline in the running platform, with Google Safe Browsing standing in on WireMock; the filter
 * configuration's admin endpoints; the personal-data check.
 */
class ContentScreeningTest extends SafeBrowsingStandIn {

    @Autowired
    ContentScreening screening;

    @Autowired
    UrlReputation reputation;

    @Autowired
    FilterSettingsCache settingsCache;

    private ContentScreening.Submission submission(String author, String content) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", "A title");
        texts.put("content", content);
        return new ContentScreening.Submission(new UserId(author), ContentType.COMMENT, texts);
    }

    @Test
    void theContentScreeningBeanIsThePipelineAskingSafeBrowsing() {
        assertThat(screening).isInstanceOf(ScreeningPipeline.class);
        assertThat(reputation).isInstanceOf(SafeBrowsingUrlReputation.class);
    }

    @Test
    void aUrlGoogleKnowsIsRefusedAndTheAttemptIsRecordedWithoutTheText() {
        String author = "author-" + UUID.randomUUID();
        assertThatThrownBy(
                        () -> screening.screen(submission(author, "get it at http://malware.example/get secret-words")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("content-refused");
                    assertThat(refusal.field()).isEqualTo("malicious-url");
                });

        String blockId = awaitBlockRecordOf(author);
        Api.Response history = api.get("/api/admin/history/aggregates/BlockedSubmission/" + blockId, adminToken());
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode event = history.body().get(0);
        assertThat(event.get("eventType").asText()).isEqualTo("ContentBlockedEvent");
        assertThat(event.get("payload").get("rule").asText()).isEqualTo("malicious-url");
        assertThat(event.get("payload").get("urlHost").asText()).isEqualTo("malware.example");
        assertThat(event.get("payload").get("contentType").asText()).isEqualTo("comment");
        assertThat(history.raw()).doesNotContain("secret-words");
    }

    @Test
    void cleanUrlsPassAndCardNumbersAreRedacted() {
        ContentScreening.Screened screened = screening.screen(
                submission("author-clean", "see https://library.example/shelf, card 4111 1111 1111 1111"));
        assertThat(screened.texts().get("content"))
                .isEqualTo("see https://library.example/shelf, card **** **** **** 1111");
        assertThat(screened.flags()).isEmpty();
    }

    @Test
    void whenGoogleFailsTheUrlsPass() {
        GOOGLE.resetAll();
        GOOGLE.stubFor(
                post(urlPathEqualTo(PATH)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));
        assertThat(screening
                        .screen(submission("author-open", "http://malware.example/get"))
                        .texts())
                .containsEntry("content", "http://malware.example/get");
    }

    private String awaitBlockRecordOf(String author) {
        String[] id = new String[1];
        await("the refused submission's record", Duration.ofSeconds(20), () -> {
            List<String> ids = jdbc.queryForList("""
                    SELECT aggregate_identifier FROM domain_event_entry
                    WHERE payload_type LIKE '%ContentBlockedEvent' AND convert_from(payload, 'UTF8') LIKE ?""", String.class, "%" + author + "%");
            id[0] = ids.isEmpty() ? null : ids.get(0);
            return id[0] != null;
        });
        return id[0];
    }

    @Test
    void onlyAdministratorsSeeOrChangeTheFilterConfiguration() {
        String email = uniqueEmail("filters");
        register(email);
        String reader = login(email, PASSWORD);
        assertThat(api.get("/api/admin/content-filters", reader).status()).isEqualTo(403);
        assertThat(api.put("/api/admin/content-filters", Map.of(), reader).status())
                .isEqualTo(403);
        assertThat(api.post("/api/admin/content-filters/blocklist", Map.of("kind", "WORD", "value", "grr"), reader)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/content-filters", null).status()).isEqualTo(401);
    }

    @Test
    void everyChangeIsAnEventAndTheFiltersUseIt() {
        String admin = adminToken();
        Api.Response before = api.get("/api/admin/content-filters", admin);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.body().get("sensitivity").get("profanity").asText()).isNotBlank();

        Map<String, Object> replacement = new LinkedHashMap<>();
        replacement.put(
                "sensitivity",
                Map.of(
                        "profanity",
                        "MEDIUM",
                        "spam",
                        "MEDIUM",
                        "hateSpeech",
                        "MEDIUM",
                        "maliciousUrls",
                        "MEDIUM",
                        "pii",
                        "MEDIUM"));
        replacement.put("profanityWords", List.of("grotty"));
        replacement.put("blockedDomains", List.of("blocked-by-admin.example"));
        replacement.put("piiAllowList", List.of("help@muejam.example"));
        Api.Response replaced = api.put("/api/admin/content-filters", replacement, admin);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);

        Api.Response added = api.post(
                "/api/admin/content-filters/blocklist", Map.of("kind", "URL_DOMAIN", "value", "Second.example"), admin);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Api.Response again = api.post(
                "/api/admin/content-filters/blocklist", Map.of("kind", "URL_DOMAIN", "value", "second.example"), admin);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Api.Response after = api.get("/api/admin/content-filters", admin);
        assertThat(after.body().get("builtIn").asBoolean()).isFalse();
        assertThat(after.body().get("profanityWords").toString()).isEqualTo("[\"grotty\"]");
        assertThat(after.body().get("blockedDomains").toString())
                .isEqualTo("[\"blocked-by-admin.example\",\"second.example\"]");

        Api.Response history = api.get("/api/admin/history/aggregates/ContentFilterConfiguration/default", admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.body().findValuesAsText("eventType"))
                .containsSubsequence("ContentFilterSettingsReplacedEvent", "BlocklistEntryAddedEvent");

        awaitReadModels();
        settingsCache.invalidate();
        assertThatThrownBy(() -> screening.screen(submission("author-cfg", "what a grotty day")))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, r -> assertThat(r.field()).isEqualTo("profanity"));
        assertThatThrownBy(() -> screening.screen(submission("author-cfg", "visit www.second.example")))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, r -> assertThat(r.field()).isEqualTo("malicious-url"));

        // leave the built-in lists in force for the other tests
        Map<String, Object> restore = new LinkedHashMap<>(replacement);
        restore.put("profanityWords", List.of("fuck", "shit"));
        restore.put("blockedDomains", List.of());
        restore.put("piiAllowList", List.of());
        assertThat(api.put("/api/admin/content-filters", restore, admin).status())
                .isEqualTo(200);
        awaitReadModels();
        settingsCache.invalidate();
    }

    @Test
    void aConfigurationOutOfBoundsIsRefusedNamingTheField() {
        String admin = adminToken();
        Map<String, Object> tooLong = Map.of(
                "sensitivity",
                Map.of(
                        "profanity",
                        "LOUD",
                        "spam",
                        "MEDIUM",
                        "hateSpeech",
                        "MEDIUM",
                        "maliciousUrls",
                        "MEDIUM",
                        "pii",
                        "MEDIUM"));
        assertThat(api.put("/api/admin/content-filters", tooLong, admin).status())
                .isEqualTo(400);
        Map<String, Object> longEntry = Map.of(
                "sensitivity",
                Map.of(
                        "profanity",
                        "LOW",
                        "spam",
                        "MEDIUM",
                        "hateSpeech",
                        "MEDIUM",
                        "maliciousUrls",
                        "MEDIUM",
                        "pii",
                        "MEDIUM"),
                "profanityWords",
                List.of("x".repeat(101)));
        Api.Response refused = api.put("/api/admin/content-filters", longEntry, admin);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.raw()).contains("profanityWords");
        assertThat(api.put("/api/admin/content-filters", Map.of(), admin).status())
                .isEqualTo(400);
        assertThat(api.post("/api/admin/content-filters/blocklist", Map.of("kind", "PHRASE", "value", "x"), admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/admin/content-filters/blocklist",
                                Map.of("kind", "URL_DOMAIN", "value", "not a domain"),
                                admin)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void thePersonalDataCheckNamesKindsNeverValues() {
        String email = uniqueEmail("pii");
        register(email);
        String reader = login(email, PASSWORD);
        Api.Response checked = api.post(
                "/api/content/pii-check",
                Map.of("text", "mail ann@mail.example, call (555) 123-4567, ssn 123-45-6789, card 4111111111111111"),
                reader);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.body().get("types").toString()).isEqualTo("[\"EMAIL\",\"PHONE\",\"SSN\",\"CREDIT_CARD\"]");
        assertThat(checked.raw()).doesNotContain("ann@").doesNotContain("4567").doesNotContain("1111");

        assertThat(api.post("/api/content/pii-check", Map.of("text", "nothing here"), reader)
                        .body()
                        .get("types")
                        .size())
                .isZero();
        assertThat(api.post("/api/content/pii-check", Map.of("text", "x"), null).status())
                .isEqualTo(401);
        assertThat(api.post("/api/content/pii-check", Map.of("text", "x".repeat(200_001)), reader)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/content/pii-check", Map.of(), reader).status())
                .isEqualTo(400);
    }
}
