package org.muejam.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.command.privacy.application.MarketingMail;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.Person;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Privacy settings and consents through the REST API. Every check right after a change is made by another person's
 * client that does not wait for anything: the change holds on the very next request, with no projection between.
 */
class PrivacySettingsTest extends IntegrationTest {

    private static final String SETTINGS = "/api/privacy/settings";

    @Autowired
    MarketingMail marketingMail;

    /** A reader whose reads never wait for a position: what they see is what is committed when they ask. */
    private Person stranger(String prefix) {
        Person p = person(prefix, true);
        p.client().withoutReadYourWrites();
        return p;
    }

    private static JsonNode change(Person person, Map<String, Object> body) {
        Api.Response changed = person.put(SETTINGS, body);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return changed.body();
    }

    private void follow(Person follower, Person followee) {
        Api.Response followed = follower.post("/api/users/" + followee.userId() + "/follow", null);
        assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
        assertThat(followed.body().get("status").asText()).isEqualTo("FOLLOWING");
        // the follow itself is read from the social read model: wait for it once, before any setting changes
        assertThat(projections.await(List.of(), follower.client().lastWrite(), Duration.ofSeconds(30)))
                .isTrue();
    }

    private static void assertProblem(Api.Response response, int status, String type, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(response.body().get("type").asText()).isEqualTo("/problems/" + type);
        }
        if (field != null) {
            assertThat(response.body().get("field").asText())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }

    private String publishedStoryWithAChapter(Person author) {
        Api.Response created = author.post("/api/stories", Map.of("title", "Tides", "genre", "drama", "nsfw", false));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        Api.Response chapter =
                author.post("/api/stories/" + id + "/chapters", Map.of("title", "One", "content", "<p>Once.</p>"));
        assertThat(chapter.status()).as(chapter.toString()).isEqualTo(201);
        assertThat(author.post("/api/stories/" + id + "/publish", null).status())
                .isEqualTo(200);
        assertThat(author.get("/api/stories/" + id).status()).isEqualTo(200);
        return id;
    }

    private static Api.Response comment(Person commenter, String type, String target) {
        return commenter.post(
                "/api/comments", Map.of("targetType", type, "targetId", target, "content", "Lovely tide."));
    }

    @Test
    void aPersonWhoNeverChoseHasTheDocumentedDefaultsAndAPutChangesOnlyWhatItNames() {
        Person owner = person("privdefaults", false);
        JsonNode defaults = owner.get(SETTINGS).body();
        assertThat(defaults.get("profileVisibility").asText()).isEqualTo("PUBLIC");
        assertThat(defaults.get("readingHistoryVisibility").asText()).isEqualTo("PRIVATE");
        assertThat(defaults.get("analyticsOptOut").asBoolean()).isFalse();
        assertThat(defaults.get("marketingEmails").asBoolean()).isFalse();
        assertThat(defaults.get("commentPermission").asText()).isEqualTo("EVERYONE");
        assertThat(defaults.get("followerApprovalRequired").asBoolean()).isFalse();

        Api.Response changed = owner.put(SETTINGS, Map.of("profileVisibility", "FOLLOWERS", "marketingEmails", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.headers().firstValue("X-Event-Position")).isPresent();
        assertThat(changed.body().get("profileVisibility").asText()).isEqualTo("FOLLOWERS");
        assertThat(changed.body().get("marketingEmails").asBoolean()).isTrue();
        assertThat(changed.body().get("readingHistoryVisibility").asText()).isEqualTo("PRIVATE");

        long before = eventCount();
        assertThat(change(owner, Map.of("profileVisibility", "FOLLOWERS"))).isEqualTo(changed.body());
        assertThat(change(owner, Map.of())).isEqualTo(changed.body());
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("commentPermission", null);
        nulls.put("somethingElse", "ignored");
        assertThat(change(owner, nulls)).isEqualTo(changed.body());
        assertThat(eventCount())
                .as("a change that changes nothing stores nothing")
                .isEqualTo(before);

        JsonNode full = change(
                owner,
                Map.of(
                        "profileVisibility",
                        "PRIVATE",
                        "readingHistoryVisibility",
                        "FOLLOWERS",
                        "analyticsOptOut",
                        true,
                        "marketingEmails",
                        false,
                        "commentPermission",
                        "NOBODY",
                        "followerApprovalRequired",
                        true));
        assertThat(owner.get(SETTINGS).body()).isEqualTo(full);
        assertThat(full.get("commentPermission").asText()).isEqualTo("NOBODY");
        assertThat(full.get("followerApprovalRequired").asBoolean()).isTrue();
    }

    @Test
    void strangeInputsAreRefusedNamingTheFieldAndStoreNothing() {
        Person owner = person("privstrange", false);
        long before = eventCount();
        assertProblem(owner.put(SETTINGS, Map.of("profileVisibility", "EVERYONE")), 400, null, "profileVisibility");
        assertProblem(owner.put(SETTINGS, Map.of("commentPermission", "ALL")), 400, null, "commentPermission");
        assertProblem(
                owner.put(SETTINGS, Map.of("readingHistoryVisibility", "public")),
                400,
                null,
                "readingHistoryVisibility");
        assertProblem(owner.put(SETTINGS, Map.of("analyticsOptOut", "maybe")), 400, null, "analyticsOptOut");
        assertProblem(owner.put(SETTINGS, Map.of("marketingEmails", List.of(true))), 400, null, "marketingEmails");
        assertProblem(
                owner.put(SETTINGS, Map.of("followerApprovalRequired", Map.of("x", 1))),
                400,
                null,
                "followerApprovalRequired");
        assertProblem(owner.put(SETTINGS, Map.of("profileVisibility", "PUBLIC\u0000")), 400, null, "profileVisibility");
        assertProblem(owner.put(SETTINGS, Map.of("profileVisibility", "P".repeat(100_000))), 400, null, null);
        assertProblem(owner.raw("PUT", SETTINGS, null), 400, null, null);
        assertProblem(owner.raw("PUT", SETTINGS, "[1,2,3]"), 400, null, null);
        assertProblem(owner.raw("PUT", SETTINGS, "{\"profileVisibility\":"), 400, null, null);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add("PUBLIC");
        }
        assertProblem(owner.put(SETTINGS, Map.of("profileVisibility", many)), 400, null, "profileVisibility");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(owner.get(SETTINGS).body().get("profileVisibility").asText()).isEqualTo("PUBLIC");

        assertProblem(api.get(SETTINGS, null), 401, null, null);
        assertProblem(api.put(SETTINGS, Map.of("profileVisibility", "PRIVATE"), null), 401, null, null);
        assertProblem(api.get("/api/consent/history", null), 401, null, null);
    }

    @Test
    void profileVisibilityDecidesWhoSeesTheProfileFromTheVeryNextRequest() {
        Person owner = person("privprofile", false);
        Person follower = stranger("privfan");
        Person other = stranger("privother");
        follow(follower, owner);
        String path = "/api/users/" + owner.userId();

        JsonNode open = other.get(path).body();
        assertThat(open.get("restricted").asBoolean()).isFalse();
        assertThat(open.get("displayName").asText()).startsWith("Reader ");
        assertThat(open.get("followers").asLong()).isEqualTo(1);
        assertThat(other.get(path + "/followers").status()).isEqualTo(200);

        change(owner, Map.of("profileVisibility", "FOLLOWERS"));
        JsonNode hidden = other.get(path).body();
        assertThat(hidden.get("restricted").asBoolean()).as(hidden.toString()).isTrue();
        assertThat(hidden.get("id").asText()).isEqualTo(owner.userId());
        assertThat(hidden.get("displayName").isNull()).isTrue();
        assertThat(hidden.get("followers").isNull()).isTrue();
        assertProblem(other.get(path + "/followers"), 403, "profile-not-visible", "profileVisibility");
        assertProblem(other.get(path + "/following"), 403, "profile-not-visible", "profileVisibility");
        assertThat(follower.get(path).body().get("restricted").asBoolean()).isFalse();
        assertThat(follower.get(path + "/followers").status()).isEqualTo(200);

        change(owner, Map.of("profileVisibility", "PRIVATE"));
        assertThat(follower.get(path).body().get("restricted").asBoolean()).isTrue();
        assertProblem(follower.get(path + "/followers"), 403, "profile-not-visible", "profileVisibility");
        assertThat(owner.get(path).body().get("restricted").asBoolean()).isFalse();
        assertThat(owner.get(path + "/followers").status()).isEqualTo(200);

        change(owner, Map.of("profileVisibility", "PUBLIC"));
        assertThat(other.get(path).body().get("restricted").asBoolean()).isFalse();

        assertProblem(other.get("/api/users/no-such-person"), 404, "user-not-found", null);
        assertProblem(other.get("/api/users/" + "x".repeat(65)), 404, "user-not-found", null);
        assertProblem(api.get(path, null), 401, null, null);
    }

    @Test
    void readingHistoryIsShownAsItsVisibilitySaysFromTheVeryNextRequest() {
        Person author = person("privauthor", true);
        Person reader = person("privreader", false);
        Person follower = stranger("privrfan");
        Person other = stranger("privrother");
        follow(follower, reader);
        String story = publishedStoryWithAChapter(author);
        String chapter = author.get("/api/stories/" + story + "/chapters")
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asText();
        Api.Response read =
                reader.put("/api/me/reading-progress", Map.of("storyId", story, "chapterId", chapter, "percent", 40));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(projections.await(List.of(), reader.client().lastWrite(), Duration.ofSeconds(30)))
                .isTrue();
        String path = "/api/users/" + reader.userId() + "/reading-history";

        assertProblem(other.get(path), 403, "reading-history-not-visible", "readingHistoryVisibility");
        assertProblem(follower.get(path), 403, "reading-history-not-visible", "readingHistoryVisibility");
        assertThat(reader.get(path).body().get("items").get(0).get("storyId").asText())
                .isEqualTo(story);

        change(reader, Map.of("readingHistoryVisibility", "FOLLOWERS"));
        assertThat(follower.get(path).body().get("items").get(0).get("storyId").asText())
                .isEqualTo(story);
        assertProblem(other.get(path), 403, "reading-history-not-visible", "readingHistoryVisibility");

        change(reader, Map.of("readingHistoryVisibility", "PUBLIC"));
        assertThat(other.get(path).body().get("items")).hasSize(1);

        change(reader, Map.of("readingHistoryVisibility", "PRIVATE"));
        assertProblem(other.get(path), 403, "reading-history-not-visible", "readingHistoryVisibility");
        assertProblem(other.get("/api/users/no-such-person/reading-history"), 404, "user-not-found", null);
    }

    @Test
    void commentPermissionDecidesWhoCommentsFromTheVeryNextRequest() {
        Person author = person("privcauthor", true);
        Person follower = stranger("privcfan");
        Person other = stranger("privcother");
        follow(follower, author);
        String story = publishedStoryWithAChapter(author);
        Api.Response whisper = author.post("/api/whispers", Map.of("content", "Low tide at six."));
        assertThat(whisper.status()).as(whisper.toString()).isEqualTo(201);
        String whisperId = whisper.body().get("id").asText();
        assertThat(author.get("/api/whispers/" + whisperId).status()).isEqualTo(200);

        assertThat(comment(other, "story", story).status()).isEqualTo(201);

        change(author, Map.of("commentPermission", "FOLLOWERS"));
        long before = eventCount();
        Api.Response refused = comment(other, "story", story);
        assertProblem(refused, 403, "comments-not-allowed", "commentPermission");
        assertThat(refused.body().get("setting").asText()).isEqualTo("commentPermission");
        assertProblem(comment(other, "whisper", whisperId), 403, "comments-not-allowed", "commentPermission");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(comment(follower, "story", story).status()).isEqualTo(201);
        assertThat(comment(follower, "whisper", whisperId).status()).isEqualTo(201);

        change(author, Map.of("commentPermission", "NOBODY"));
        assertProblem(comment(follower, "story", story), 403, "comments-not-allowed", "commentPermission");
        assertThat(comment(author, "story", story).status()).isEqualTo(201);

        change(author, Map.of("commentPermission", "EVERYONE"));
        assertThat(comment(other, "whisper", whisperId).status()).isEqualTo(201);
    }

    @Test
    void followerApprovalRequiredMakesTheVeryNextFollowARequest() {
        Person owner = person("privapproval", false);
        Person first = stranger("privreq1");
        Person second = stranger("privreq2");

        change(owner, Map.of("followerApprovalRequired", true));
        Api.Response requested = first.post("/api/users/" + owner.userId() + "/follow", null);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        assertThat(requested.body().get("status").asText()).isEqualTo("REQUESTED");

        change(owner, Map.of("followerApprovalRequired", false));
        Api.Response followed = second.post("/api/users/" + owner.userId() + "/follow", null);
        assertThat(followed.body().get("status").asText()).isEqualTo("FOLLOWING");
        // a request made while approval was required stays a request
        assertThat(first.post("/api/users/" + owner.userId() + "/follow", null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("REQUESTED");
    }

    /** A signed-in search names its searcher in clear (the query is encrypted under their key, decision 0043). */
    private long recorded(String eventType, Person searcher) {
        Long n =
                jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?
                    AND convert_from(payload, 'UTF8') LIKE ?""", Long.class, "%" + eventType, "%\"searcherId\":\"" + searcher.userId() + "\"%");
        return n == null ? 0 : n;
    }

    @Test
    void analyticsAreRecordedNoMoreFromTheRequestAfterAnOptOutOrAWithdrawal() {
        Person optingOut = person("privanalytics", false);
        Person withdrawing = person("privwithdraw", false);
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        assertThat(optingOut.get("/api/search?q=" + word + "a").status()).isEqualTo(200);
        assertThat(recorded("SearchPerformedEvent", optingOut)).isEqualTo(1);

        change(optingOut, Map.of("analyticsOptOut", true));
        assertThat(optingOut.get("/api/search?q=" + word + "b").status()).isEqualTo(200);
        Api.Response click = optingOut.post(
                "/api/search/clicks",
                Map.of("query", word + "b", "storyId", "story:00000000-0000-4000-8000-000000000000", "position", 0));
        assertThat(click.status()).as(click.toString()).isEqualTo(202);
        assertThat(recorded("SearchPerformedEvent", optingOut)).isEqualTo(1);
        assertThat(recorded("SearchResultClickedEvent", optingOut)).isZero();

        Api.Response withdrawn = withdrawing.post("/api/consent/withdraw", Map.of("purpose", "analytics"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("analyticsOptOut").asBoolean()).isTrue();
        assertThat(withdrawing.get("/api/search?q=" + word + "c").status()).isEqualTo(200);
        assertThat(recorded("SearchPerformedEvent", withdrawing)).isZero();

        // someone not signed in names nobody, and is recorded as before, without the text (decision 0043)
        Long before = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        assertThat(api.get("/api/search?q=" + word + "d", null).status()).isEqualTo(200);
        List<String> anonymous = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                    WHERE payload_type LIKE '%SearchPerformedEvent' AND global_index > ?""", String.class, before);
        assertThat(anonymous).hasSize(1);
        assertThat(anonymous.get(0))
                .contains("\"searcherId\":null", "\"query\":null", "\"queryLength\":15", "\"queryWords\":1")
                .doesNotContain(word);
    }

    @Test
    void marketingMailGoesOnlyToWhoeverConsentedAtTheMomentOfSending() {
        Person person = person("privmarketing", false);
        UserId id = UserId.of(person.userId());
        int mails = Mailbox.read(person.email()).size();

        assertThat(marketingMail.send(id, "Spring readings", "New stories."))
                .isEqualTo(MarketingMail.Outcome.NO_CONSENT);
        change(person, Map.of("marketingEmails", true));
        assertThat(marketingMail.send(id, "Spring readings", "New stories.")).isEqualTo(MarketingMail.Outcome.SENT);
        await(
                "the marketing mail arrives",
                Duration.ofSeconds(20),
                () -> Mailbox.read(person.email()).size() == mails + 1);
        assertThat(Mailbox.read(person.email()).get(mails).subject()).isEqualTo("Spring readings");

        Api.Response withdrawn = person.post("/api/consent/withdraw", Map.of("purpose", "marketing"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(marketingMail.send(id, "Summer readings", "More stories."))
                .isEqualTo(MarketingMail.Outcome.NO_CONSENT);
        assertThat(marketingMail.send(UserId.of("nobody-at-all"), "x", "y"))
                .isEqualTo(MarketingMail.Outcome.NO_CONSENT);
    }

    @Test
    void theConsentHistoryListsEveryConsentGivenOrWithdrawnInTimeOrder() {
        Person person = person("privhistory", false);
        change(person, Map.of("marketingEmails", true));
        assertThat(person.post("/api/consent/withdraw", Map.of("purpose", "marketing"))
                        .status())
                .isEqualTo(200);
        change(person, Map.of("analyticsOptOut", true));
        Api.Response cookies = person.put("/api/legal/cookie-consent", Map.of("analytics", true, "marketing", false));
        assertThat(cookies.status()).as(cookies.toString()).isEqualTo(200);
        long before = eventCount();
        assertThat(person.post("/api/consent/withdraw", Map.of("purpose", "marketing"))
                        .status())
                .isEqualTo(200);
        assertThat(eventCount())
                .as("a consent withdrawn twice is withdrawn once")
                .isEqualTo(before);

        JsonNode items = person.get("/api/consent/history").body().get("items");
        List<String> seen = new ArrayList<>();
        items.forEach(item ->
                seen.add(item.get("purpose").asText() + ":" + item.get("status").asText()));
        List<String> legal = new ArrayList<>();
        currentRequiredDocuments().forEach(doc -> legal.add(doc.get("type") + ":GIVEN"));
        assertThat(seen.subList(0, legal.size())).containsExactlyInAnyOrderElementsOf(legal);
        assertThat(seen.subList(legal.size(), seen.size()))
                .containsExactly(
                        "marketing:GIVEN",
                        "marketing:WITHDRAWN",
                        "analytics:WITHDRAWN",
                        "analytics-cookies:GIVEN",
                        "marketing-cookies:WITHDRAWN");
        JsonNode first = items.get(0);
        assertThat(first.get("source").asText()).isEqualTo("legal-document");
        assertThat(first.get("version").isTextual()).isTrue();
        assertThat(first.get("required").asBoolean()).isTrue();
        JsonNode marketing = items.get(legal.size());
        assertThat(marketing.get("source").asText()).isEqualTo("privacy-settings");
        assertThat(marketing.get("required").asBoolean()).isFalse();
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i)
                            .get("at")
                            .asText()
                            .compareTo(items.get(i - 1).get("at").asText()))
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void onlyOptionalConsentsAreWithdrawnAndStrangePurposesAreRefused() {
        Person person = person("privpurpose", false);
        long before = eventCount();
        Api.Response terms = person.post("/api/consent/withdraw", Map.of("purpose", "terms-of-service"));
        assertProblem(terms, 422, "consent-required", null);
        assertThat(terms.body().get("purpose").asText()).isEqualTo("terms-of-service");
        assertThat(terms.body().get("detail").asText()).contains("deleting the account");
        assertProblem(
                person.post("/api/consent/withdraw", Map.of("purpose", "analytics-cookies")),
                422,
                "cookie-consent-elsewhere",
                null);
        assertProblem(
                person.post("/api/consent/withdraw", Map.of("purpose", "everything")),
                400,
                "unknown-consent-purpose",
                "purpose");
        assertProblem(person.post("/api/consent/withdraw", Map.of("purpose", "")), 400, null, "purpose");
        assertProblem(person.post("/api/consent/withdraw", Map.of()), 400, null, "purpose");
        assertProblem(
                person.post("/api/consent/withdraw", Map.of("purpose", "x".repeat(100_000))), 400, null, "purpose");
        assertProblem(person.post("/api/consent/withdraw", Map.of("purpose", "analytics\u0000")), 400, null, "purpose");
        assertProblem(
                person.post("/api/consent/withdraw", Map.of("purpose", List.of("analytics"))), 400, null, "purpose");
        assertProblem(person.raw("POST", "/api/consent/withdraw", null), 400, null, null);
        assertThat(eventCount()).isEqualTo(before);
        assertProblem(api.post("/api/consent/withdraw", Map.of("purpose", "analytics"), null), 401, null, null);
    }
}
