package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.personaldata.SubjectKeyStore;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DMCA takedowns through the REST API (decision 0036): anyone sends a notice with its statutory elements (each one
 * missing named in a 422); the agents (administrators) list and decide; an approval hides the content from everyone
 * but its author and mails the author once; the author alone files a counter-notice, which is mailed to the
 * claimant; repeat infringers are counted; the claimant's data is encrypted under the notice's id and erasable.
 */
class DmcaTest extends IntegrationTest {

    @Autowired
    SubjectKeyStore subjectKeys;

    private String published(Person writer) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "The copied tale " + UUID.randomUUID().toString().substring(0, 6));
        body.put("description", "A story of the sea");
        body.put("genre", "fantasy");
        body.put("tags", List.of("sea"));
        Api.Response created = api.post("/api/stories", body, writer.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        Api.Response chapter = api.post(
                "/api/stories/" + id + "/chapters",
                Map.of("title", "One", "content", "It was a dark and stormy night.", "format", "markdown"),
                writer.token());
        assertThat(chapter.status()).as(chapter.toString()).isEqualTo(201);
        Api.Response publish = api.post("/api/stories/" + id + "/publish", null, writer.token());
        assertThat(publish.status()).as(publish.toString()).isEqualTo(200);
        return id;
    }

    private String whisper(Person writer) {
        Api.Response posted = api.post("/api/whispers", Map.of("content", "a whispered line"), writer.token());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.body().get("id").asText();
    }

    /** A read that waits for every event stored so far, whoever stored it. */
    private Api.Response read(Api client, String path, String token) {
        return client.send(
                "GET",
                path,
                null,
                "application/json",
                token,
                Map.of("X-Await-Position", Long.toString(projections.head())));
    }

    private static Map<String, Object> notice(String url, String claimantEmail) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", claimantEmail);
        contact.put("postalAddress", "1 Copyright Row, Springfield");
        contact.put("phone", "+1 555 0100");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("copyrightHolder", "Holder Publishing Ltd");
        body.put("contact", contact);
        body.put("workDescription", "The novel 'Salt and Lamp', chapter one, copied word for word");
        body.put("infringingUrl", url);
        body.put("goodFaithStatement", true);
        body.put("accuracyStatement", true);
        body.put("signature", "Jane Holder");
        return body;
    }

    /** A claimant of their own: a fresh address, so the notices' rate limit counts per test. */
    private Api claimant() {
        return new Api(port, json);
    }

    private String submit(Api claimant, String url, String claimantEmail) {
        Api.Response submitted = claimant.post("/api/dmca/takedowns", notice(url, claimantEmail), null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.body().get("id").asText();
        assertThat(id).startsWith("dmca:");
        return id;
    }

    private JsonNode listed(String admin, String takedownId) {
        Api.Response list = read(api, "/api/dmca/takedowns?limit=100", admin);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode item : list.body().get("items")) {
            if (item.get("id").asText().equals(takedownId)) {
                return item;
            }
        }
        throw new AssertionError(takedownId + " is not listed: " + list);
    }

    private static List<Mailbox.Mail> awaitMails(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Mailbox.Mail> mails = Mailbox.read(address);
        while (mails.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mails = Mailbox.read(address);
        }
        assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("/problems/" + type);
    }

    @Test
    void anApprovedNoticeHidesTheStoryFromOthersAndMailsTheAuthorOnceWithTheCounterNoticeRoute() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-author");
        String story = published(author);
        String claimantEmail = uniqueEmail("holder");
        String id = submit(claimant(), "https://muejam.example/stories/" + story, claimantEmail);

        JsonNode pending = listed(admin, id);
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("contentType").asText()).isEqualTo("story");
        assertThat(pending.get("contentId").asText()).isEqualTo(story);
        assertThat(pending.get("authorId").asText()).isEqualTo(author.userId());
        assertThat(pending.get("copyrightHolder").asText()).isEqualTo("Holder Publishing Ltd");
        assertThat(pending.get("contactEmail").asText()).isEqualTo(claimantEmail);
        assertThat(pending.get("authorApprovedTakedowns").asLong()).isZero();
        // the claimant's personal data is encrypted in the log, under the notice's id
        List<byte[]> payloads = jdbc.queryForList(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", byte[].class, id);
        assertThat(payloads).hasSize(1);
        assertThat(new String(payloads.get(0), StandardCharsets.UTF_8))
                .doesNotContain(claimantEmail)
                .doesNotContain("Jane Holder")
                .contains("Salt and Lamp");

        Api.Response approved = api.post(
                "/api/dmca/takedowns/" + id + "/decision",
                Map.of("decision", "approve", "reason", "clear copy"),
                admin);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().get("decision").asText()).isEqualTo("APPROVE");

        Api anonymous = new Api(port, json);
        assertThat(read(anonymous, "/api/stories/" + story, null).status()).isEqualTo(404);
        Person other = verifiedPerson("dmca-reader");
        assertThat(read(api, "/api/stories/" + story, other.token()).status()).isEqualTo(404);
        Api.Response own = read(api, "/api/stories/" + story, author.token());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.body().get("moderation").asText()).isEqualTo("HIDDEN");

        List<Mailbox.Mail> mails = awaitMails(author.email(), 2);
        List<Mailbox.Mail> notices =
                mails.stream().filter(m -> m.subject().contains("DMCA")).toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).text())
                .contains("Salt and Lamp")
                .contains(story)
                .contains("/api/dmca/takedowns/" + id + "/counter-notice")
                .contains("clear copy");

        JsonNode decided = listed(admin, id);
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("decidedBy").asText()).isNotBlank();
        assertThat(decided.get("authorApprovedTakedowns").asLong()).isEqualTo(1);

        // decided once: approving or rejecting again is 409 and stores nothing
        long before = eventCount();
        assertProblem(
                api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "REJECT"), admin),
                409,
                "takedown-already-decided");
        assertProblem(
                api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "APPROVE"), admin),
                409,
                "takedown-already-decided");
        assertThat(eventCount()).isEqualTo(before);
        // still exactly one notice to the author
        assertThat(Mailbox.read(author.email()).stream()
                        .filter(m -> m.subject().contains("DMCA"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theAuthorAloneFilesOneCounterNoticeAndTheClaimantIsMailed() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-counter");
        Person stranger = verifiedPerson("dmca-stranger");
        String whisper = whisper(author);
        String claimantEmail = uniqueEmail("claimant");
        String id = submit(claimant(), "https://muejam.example/whispers/" + whisper, claimantEmail);

        // nothing to counter before an approval
        assertProblem(
                api.post(
                        "/api/dmca/takedowns/" + id + "/counter-notice",
                        Map.of("statement", "mine", "signature", "A"),
                        author.token()),
                409,
                "takedown-not-approved");
        assertThat(api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "APPROVE"), admin)
                        .status())
                .isEqualTo(200);

        Map<String, Object> counter = Map.of(
                "statement", "I wrote this line myself in 2019; the removal is a mistake.", "signature", "A. Author");
        assertProblem(
                api.post("/api/dmca/takedowns/" + id + "/counter-notice", counter, stranger.token()),
                404,
                "takedown-not-found");
        assertThat(api.post("/api/dmca/takedowns/" + id + "/counter-notice", counter, null)
                        .status())
                .isEqualTo(401);
        Api.Response incomplete =
                api.post("/api/dmca/takedowns/" + id + "/counter-notice", Map.of("statement", " "), author.token());
        assertProblem(incomplete, 422, "dmca-counter-notice-incomplete");
        assertThat(fields(incomplete)).containsExactly("statement", "signature");

        Api.Response filed = api.post("/api/dmca/takedowns/" + id + "/counter-notice", counter, author.token());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.body().get("status").asText()).isEqualTo("COUNTER_NOTICED");
        assertProblem(
                api.post("/api/dmca/takedowns/" + id + "/counter-notice", counter, author.token()),
                409,
                "counter-notice-filed");

        List<Mailbox.Mail> mails = awaitMails(claimantEmail, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains(id);
        assertThat(mails.get(0).text()).contains("the removal is a mistake").contains("A. Author");

        JsonNode item = listed(admin, id);
        assertThat(item.get("status").asText()).isEqualTo("COUNTER_NOTICED");
        assertThat(item.get("counterNoticeStatement").asText()).contains("the removal is a mistake");
        assertThat(item.get("authorApprovedTakedowns").asLong()).isEqualTo(1);
    }

    @Test
    void aRejectedNoticeLeavesTheContentAndIsDecidedOnce() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-rejected");
        String story = published(author);
        String chapterUrl = "https://muejam.example/stories/" + story + "/chapters/";
        Api.Response chapters = read(api, "/api/stories/" + story + "/chapters", author.token());
        String chapter = chapters.body().isArray()
                ? chapters.body().get(0).get("id").asText()
                : chapters.body().get("items").get(0).get("id").asText();
        String id = submit(claimant(), chapterUrl + chapter, uniqueEmail("holder"));
        JsonNode pending = listed(admin, id);
        assertThat(pending.get("contentType").asText()).isEqualTo("chapter");
        assertThat(pending.get("storyId").asText()).isEqualTo(story);

        Api.Response rejected = api.post(
                "/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "REJECT", "reason", "fair use"), admin);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(read(new Api(port, json), "/api/stories/" + story, null).status())
                .isEqualTo(200);
        JsonNode item = listed(admin, id);
        assertThat(item.get("status").asText()).isEqualTo("REJECTED");
        assertThat(item.get("decisionReason").asText()).isEqualTo("fair use");
        assertProblem(
                api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "APPROVE"), admin),
                409,
                "takedown-already-decided");
        Api.Response rejectedOnly = read(api, "/api/dmca/takedowns?status=rejected&limit=100", admin);
        assertThat(rejectedOnly.body().get("items").toString()).contains(id);
        read(api, "/api/dmca/takedowns?status=pending&limit=100", admin)
                .body()
                .get("items")
                .forEach(i -> assertThat(i.get("status").asText()).isEqualTo("PENDING"));
    }

    @Test
    void aChapterNoticeTakesItsStoryDownAndRepeatInfringersAreCounted() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-repeat");
        String first = published(author);
        String second = published(author);
        Api.Response chapters = read(api, "/api/stories/" + second + "/chapters", author.token());
        JsonNode list =
                chapters.body().isArray() ? chapters.body() : chapters.body().get("items");
        String chapter = list.get(0).get("id").asText();
        Api claimant = claimant();
        String one = submit(claimant, "https://muejam.example/stories/" + first, uniqueEmail("holder"));
        // a chapter id alone, URL-encoded: the chapter is found, and with it its story
        String two = submit(claimant, "https://muejam.example/read/" + chapter.replace(":", "%3A"), uniqueEmail("h"));
        assertThat(api.post("/api/dmca/takedowns/" + one + "/decision", Map.of("decision", "APPROVE"), admin)
                        .status())
                .isEqualTo(200);
        // the approval and the story's takedown share the request's Idempotency-Key: a retry is answered as the first
        String key = "dmca-" + UUID.randomUUID();
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        String approve = "{\"decision\":\"APPROVE\"}";
        String path = "/api/dmca/takedowns/" + two + "/decision";
        Api.Response once = api.send("POST", path, approve, "application/json", admin, headers);
        assertThat(once.status()).as(once.toString()).isEqualTo(200);
        long stored = eventCount();
        Api.Response retried = api.send("POST", path, approve, "application/json", admin, headers);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(eventCount()).isEqualTo(stored);
        assertThat(read(new Api(port, json), "/api/stories/" + second, null).status())
                .isEqualTo(404);
        assertThat(listed(admin, two).get("authorApprovedTakedowns").asLong()).isEqualTo(2);
        Api.Response infringers = read(api, "/api/dmca/infringers", admin);
        assertThat(infringers.status()).as(infringers.toString()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode item : infringers.body().get("items")) {
            if (item.get("authorId").asText().equals(author.userId())) {
                mine = item;
            }
        }
        assertThat(mine).as(infringers.toString()).isNotNull();
        assertThat(mine.get("approvedTakedowns").asLong()).isEqualTo(2);
        assertThat(read(api, "/api/dmca/infringers?minimum=0", admin).status()).isEqualTo(400);
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void eachMissingOrFalseStatutoryElementIsA422NamingItAndNothingIsStored() {
        Person author = verifiedPerson("dmca-fields");
        String url = "https://muejam.example/stories/" + published(author);
        long before = eventCount();

        Api.Response empty = claimant().post("/api/dmca/takedowns", Map.of(), null);
        assertProblem(empty, 422, "dmca-notice-incomplete");
        assertThat(fields(empty))
                .containsExactly(
                        "copyrightHolder",
                        "contact.email",
                        "workDescription",
                        "infringingUrl",
                        "goodFaithStatement",
                        "accuracyStatement",
                        "signature");

        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("copyrightHolder", "copyrightHolder");
        missing.put("contact", "contact.email");
        missing.put("workDescription", "workDescription");
        missing.put("infringingUrl", "infringingUrl");
        missing.put("goodFaithStatement", "goodFaithStatement");
        missing.put("accuracyStatement", "accuracyStatement");
        missing.put("signature", "signature");
        Api claimant = claimant();
        int sent = 0;
        for (Map.Entry<String, String> field : missing.entrySet()) {
            if (++sent % 8 == 0) {
                claimant = claimant();
            }
            Map<String, Object> body = notice(url, uniqueEmail("h"));
            body.remove(field.getKey());
            Api.Response refused = claimant.post("/api/dmca/takedowns", body, null);
            assertProblem(refused, 422, "dmca-notice-incomplete");
            assertThat(fields(refused)).as(field.getKey()).containsExactly(field.getValue());
        }
        claimant = claimant();
        for (String statement : List.of("goodFaithStatement", "accuracyStatement")) {
            Map<String, Object> body = notice(url, uniqueEmail("h"));
            body.put(statement, false);
            Api.Response refused = claimant.post("/api/dmca/takedowns", body, null);
            assertProblem(refused, 422, "dmca-notice-incomplete");
            assertThat(fields(refused)).containsExactly(statement);
        }
        Map<String, Object> phoneOnly = notice(url, null);
        Api.Response noEmail = claimant.post("/api/dmca/takedowns", phoneOnly, null);
        assertProblem(noEmail, 422, "dmca-notice-incomplete");
        assertThat(fields(noEmail)).containsExactly("contact.email");
        Api.Response badEmail = claimant.post("/api/dmca/takedowns", notice(url, "not an address"), null);
        assertThat(fields(badEmail)).containsExactly("contact.email");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aUrlNamingNoVisibleContentIsRefused() {
        Person author = verifiedPerson("dmca-urls");
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", "A draft");
        draft.put("description", "unpublished");
        draft.put("genre", "fantasy");
        draft.put("tags", List.of("sea"));
        String draftId =
                api.post("/api/stories", draft, author.token()).body().get("id").asText();
        Api claimant = claimant();
        long before = eventCount();
        for (String url : List.of(
                "https://muejam.example/stories/42",
                "not a url at all %%% \\\\",
                "https://muejam.example/stories/story:" + UUID.randomUUID(),
                "https://muejam.example/comments/comment:" + UUID.randomUUID(),
                "https://muejam.example/stories/" + draftId,
                "javascript:alert(1)//story:xyz")) {
            Api.Response refused = claimant.post("/api/dmca/takedowns", notice(url, uniqueEmail("h")), null);
            assertProblem(refused, 422, "infringing-url-unknown");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void strangeInputIsRefusedWithA4xxAndNeverA5xx() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-strange");
        String url = "https://muejam.example/stories/" + published(author);
        Api claimant = claimant();
        long before = eventCount();

        Map<String, Object> huge = notice(url, uniqueEmail("h"));
        huge.put("workDescription", "x".repeat(100_000));
        Api.Response tooLong = claimant.post("/api/dmca/takedowns", huge, null);
        assertProblem(tooLong, 400, "validation-failed");
        assertThat(tooLong.body().get("field").asText()).isEqualTo("workDescription");

        Map<String, Object> nul = notice(url, uniqueEmail("h"));
        nul.put("copyrightHolder", "Holder\u0000Ltd");
        assertThat(claimant.post("/api/dmca/takedowns", nul, null).status()).isEqualTo(400);

        Map<String, Object> wrongTypes = notice(url, uniqueEmail("h"));
        wrongTypes.put("goodFaithStatement", "yes please");
        wrongTypes.put("contact", List.of("a", "b"));
        assertThat(claimant.post("/api/dmca/takedowns", wrongTypes, null).status())
                .isEqualTo(400);
        assertThat(claimant.post("/api/dmca/takedowns", "[1,2,3]", null).status())
                .isEqualTo(400);
        Map<String, Object> hugeUrl = notice(url + "?" + "a".repeat(100_000), uniqueEmail("h"));
        assertThat(claimant.post("/api/dmca/takedowns", hugeUrl, null).status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);

        // the agents' side: unknown ids, junk decisions and cursors
        String unknown = "dmca:" + UUID.randomUUID();
        assertThat(api.post("/api/dmca/takedowns/" + unknown + "/decision", Map.of("decision", "APPROVE"), admin)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/dmca/takedowns/nonsense/decision", Map.of("decision", "APPROVE"), admin)
                        .status())
                .isEqualTo(404);
        assertProblem(
                api.post("/api/dmca/takedowns/" + unknown + "/decision", Map.of("decision", "MAYBE"), admin),
                400,
                "invalid-decision");
        assertThat(api.post("/api/dmca/takedowns/" + unknown + "/decision", Map.of(), admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/dmca/takedowns/" + unknown + "/decision",
                                Map.of("decision", "APPROVE", "reason", "r".repeat(100_000)),
                                admin)
                        .status())
                .isEqualTo(400);
        assertThat(read(api, "/api/dmca/takedowns?cursor=not-a-cursor%25", admin)
                        .status())
                .isEqualTo(400);
        assertThat(read(api, "/api/dmca/takedowns?status=LOST", admin).status()).isEqualTo(400);
        assertThat(read(api, "/api/dmca/takedowns?limit=100000", admin).status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/dmca/takedowns/" + unknown + "/counter-notice",
                                Map.of("statement", "s".repeat(100_000), "signature", "x"),
                                author.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/dmca/takedowns/" + unknown + "/counter-notice",
                                Map.of("statement", "s", "signature", "x"),
                                author.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void noticesAreLimitedPerAddressWithoutACredentialOrCsrfToken() {
        Api claimant = claimant();
        for (int i = 0; i < 10; i++) {
            Api.Response refused = claimant.post("/api/dmca/takedowns", Map.of("signature", "S"), null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        }
        Api.Response limited = claimant.post("/api/dmca/takedowns", Map.of("signature", "S"), null);
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        // another address is not held back
        assertThat(claimant().post("/api/dmca/takedowns", Map.of(), null).status())
                .isEqualTo(422);
    }

    @Test
    void onlyAdministratorsActAsDmcaAgents() {
        Person member = verifiedPerson("dmca-member");
        String id = submit(claimant(), "https://muejam.example/stories/" + published(member), uniqueEmail("holder"));
        assertProblem(read(api, "/api/dmca/takedowns", member.token()), 403, "forbidden");
        assertProblem(read(api, "/api/dmca/infringers", member.token()), 403, "forbidden");
        assertThat(read(new Api(port, json), "/api/dmca/takedowns", null).status())
                .isEqualTo(401);
        assertProblem(
                api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "APPROVE"), member.token()),
                403,
                "forbidden");
        assertThat(api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "APPROVE"), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void erasingTheNoticesSubjectForgetsTheClaimantEverywhere() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-erase");
        String claimantEmail = uniqueEmail("erased-holder");
        String id = submit(claimant(), "https://muejam.example/stories/" + published(author), claimantEmail);
        assertThat(listed(admin, id).get("contactEmail").asText()).isEqualTo(claimantEmail);

        assertThat(subjectKeys.erase(id)).isTrue();

        JsonNode erased = listed(admin, id);
        assertThat(erased.get("contactEmail").asText()).isEqualTo("[erased]");
        assertThat(erased.get("copyrightHolder").asText()).isEqualTo("[erased]");
        assertThat(erased.get("workDescription").asText()).contains("Salt and Lamp");
    }

    @Test
    void counterNoticedContentComesBackWhenTheWaitEndsUnlessTheClaimantWentToCourt() {
        String admin = adminToken();
        Person author = verifiedPerson("dmca-restored");
        Person stranger = verifiedPerson("dmca-court-stranger");
        String restored = published(author);
        String kept = published(author);
        String restoredNotice = submit(claimant(), "https://muejam.example/stories/" + restored, uniqueEmail("holder"));
        String keptNotice = submit(claimant(), "https://muejam.example/stories/" + kept, uniqueEmail("holder"));
        Map<String, Object> counter = Map.of("statement", "My own work, written in 2019.", "signature", "A. Author");
        for (String id : List.of(restoredNotice, keptNotice)) {
            assertProblem(
                    api.post("/api/dmca/takedowns/" + id + "/court-action", null, admin),
                    409,
                    "takedown-not-counter-noticed");
            assertThat(api.post("/api/dmca/takedowns/" + id + "/decision", Map.of("decision", "APPROVE"), admin)
                            .status())
                    .isEqualTo(200);
            assertThat(api.post("/api/dmca/takedowns/" + id + "/counter-notice", counter, author.token())
                            .status())
                    .isEqualTo(201);
        }
        // the restore waits in the database: 12 business days are 16 to 18 calendar days
        Instant restoreAt = restoreAt(restoredNotice);
        assertThat(restoreAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(15)), Instant.now().plus(Duration.ofDays(19)));

        // the claimant went to court over the second: an agent records it, once
        assertThat(api.post(
                                "/api/dmca/takedowns/" + keptNotice + "/court-action",
                                Map.of("note", "x"),
                                stranger.token())
                        .status())
                .isEqualTo(403);
        assertProblem(
                api.post("/api/dmca/takedowns/dmca:00000000-0000-4000-8000-000000000000/court-action", null, admin),
                404,
                "not-found");
        assertProblem(
                api.post("/api/dmca/takedowns/not-a-notice/court-action", null, admin), 404, "takedown-not-found");
        assertProblem(
                api.post(
                        "/api/dmca/takedowns/" + keptNotice + "/court-action", Map.of("note", "x".repeat(1001)), admin),
                400,
                "validation-failed");
        Api.Response court = api.post(
                "/api/dmca/takedowns/" + keptNotice + "/court-action",
                Map.of("note", "N.D. Cal. 3:26-cv-00042, filed by the claimant"),
                admin);
        assertThat(court.status()).as(court.toString()).isEqualTo(200);
        assertThat(court.body().get("status").asText()).isEqualTo("IN_COURT");
        assertProblem(
                api.post("/api/dmca/takedowns/" + keptNotice + "/court-action", null, admin),
                409,
                "takedown-not-counter-noticed");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_tasks WHERE encode(task_data, 'escape') LIKE ?",
                        Long.class,
                        "%" + keptNotice + "%"))
                .isZero();

        // a node restarted after the wait restores the first story only
        runDueAfterRestart(
                restoreAt.plus(Duration.ofDays(5)),
                "the story restored",
                Duration.ofSeconds(30),
                () -> jdbc.queryForObject("""
                                SELECT count(*) FROM domain_event_entry
                                WHERE aggregate_identifier = ? AND payload_type LIKE '%DmcaContentRestoredEvent'""", Long.class, restoredNotice) == 1);
        Api anonymous = new Api(port, json);
        assertThat(read(anonymous, "/api/stories/" + restored, null).status()).isEqualTo(200);
        assertThat(read(anonymous, "/api/stories/" + kept, null).status()).isEqualTo(404);
        assertThat(listed(admin, restoredNotice).get("status").asText()).isEqualTo("RESTORED");
        JsonNode inCourt = listed(admin, keptNotice);
        assertThat(inCourt.get("status").asText()).isEqualTo("IN_COURT");
        // what stays down on a notice still counts towards repeat infringement; what came back does not
        assertThat(inCourt.get("authorApprovedTakedowns").asLong()).isEqualTo(1);
        await(
                "the author told",
                Duration.ofSeconds(20),
                () -> Mailbox.read(author.email()).stream()
                        .anyMatch(m -> m.subject().equals("Your content is back")));
    }

    private Instant restoreAt(String takedownId) {
        Map<String, Object> task = jdbc.queryForMap("""
                SELECT execution_time FROM scheduled_tasks
                WHERE task_name = 'AxonDeadline' AND encode(task_data, 'escape') LIKE ?""", "%" + takedownId + "%");
        return ((java.sql.Timestamp) task.get("execution_time")).toInstant();
    }
}
