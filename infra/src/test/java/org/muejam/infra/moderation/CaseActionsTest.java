package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.Person;
import org.muejam.shared.moderation.ModerationIds;

/**
 * Reports, claims, actions and appeals through the REST API (decision 0034): duplicate reports join one case, the
 * role matrix answers 403, a stale version 409, an action takes the content down in the same unit of work, and an
 * upheld appeal by a second moderator gives it back.
 */
class CaseActionsTest extends IntegrationTest {

    static String story(Person author) {
        return publishedStory(author);
    }

    static String comment(Person author, String storyId, String text) {
        Api.Response posted =
                author.post("/api/comments", Map.of("targetType", "story", "targetId", storyId, "content", text));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        // the author's read awaits the comment's projection, so a report right after finds the comment
        assertThat(author.get("/api/stories/" + storyId + "/comments").status()).isEqualTo(200);
        return posted.body().get("id").asText();
    }

    static Api.Response report(Person reporter, String type, String id, String reason) {
        return reporter.post(
                "/api/reports", Map.of("contentType", type, "contentId", id, "reason", reason, "details", "please"));
    }

    static Api.Response act(Person moderator, String caseId, String action, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("action", action);
        body.put("reason", "rude to a reader");
        body.put("version", version);
        return moderator.post("/api/moderation/actions", body);
    }

    static List<String> commentIds(String storyId, Person viewer) {
        Api.Response page = viewer.get("/api/stories/" + storyId + "/comments");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void duplicateReportsJoinOneCaseAndBadReportsAreRefused() {
        Person author = verifiedPerson("author");
        String storyId = story(author);
        String commentId = comment(author, storyId, "You are all fools");
        Person first = verifiedPerson("first");
        Person second = verifiedPerson("second");

        Api.Response one = report(first, "comment", commentId, "HARASSMENT");
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        String caseId = one.body().get("caseId").asText();
        assertThat(ModerationIds.isValid(ModerationIds.CASE, caseId)).isTrue();
        assertThat(ModerationIds.isValid(
                        ModerationIds.REPORT, one.body().get("reportId").asText()))
                .isTrue();
        Api.Response two = report(second, "comment", commentId, "hate");
        assertThat(two.status()).as(two.toString()).isEqualTo(201);
        assertThat(two.body().get("caseId").asText()).isEqualTo(caseId);
        Api.Response again = report(first, "comment", commentId, "SPAM");
        assertThat(again.body().get("reportId").asText())
                .isEqualTo(one.body().get("reportId").asText());

        assertThat(report(author, "comment", commentId, "SPAM").status()).isEqualTo(422);
        assertThat(report(first, "comment", "comment:00000000-0000-0000-0000-000000000000", "SPAM")
                        .status())
                .isEqualTo(404);
        assertThat(report(first, "poem", commentId, "SPAM").status()).isEqualTo(400);
        assertThat(report(first, "comment", commentId, "BORING").status()).isEqualTo(400);
        assertThat(report(first, "comment", "x".repeat(65), "SPAM").status()).isEqualTo(400);
        assertThat(report(second, "comment", "comment:\u0000", "SPAM").status()).isBetween(400, 499);
        Api.Response anonymous = second.client()
                .post("/api/reports", Map.of("contentType", "comment", "contentId", commentId, "reason", "SPAM"), null);
        assertThat(anonymous.status()).isIn(401, 403);
        assertThat(report(second, "user", author.userId(), "SPAM").status()).isEqualTo(201);
    }

    @Test
    void theRoleMatrixTheVersionAndTheEffectOfAHide() {
        Person author = verifiedPerson("author");
        String storyId = story(author);
        String commentId = comment(author, storyId, "You are all fools");
        Person reporter = verifiedPerson("reporter");
        Person reader = verifiedPerson("reader");
        String caseId = report(reporter, "comment", commentId, "HARASSMENT")
                .body()
                .get("caseId")
                .asText();
        Person moderator = moderator("MODERATOR");

        assertThat(act(reader, caseId, "HIDE", 1).status()).isEqualTo(403);
        Api.Response suspend = act(moderator, caseId, "SUSPEND", 1);
        assertThat(suspend.status()).as(suspend.toString()).isEqualTo(403);
        assertThat(suspend.body().get("type").asText()).endsWith("action-not-permitted");
        Api.Response stale = act(moderator, caseId, "HIDE", 0);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(act(moderator, "case:00000000-0000-0000-0000-000000000000", "HIDE", 1)
                        .status())
                .isEqualTo(404);
        assertThat(act(moderator, caseId, "BURN", 1).status()).isEqualTo(400);

        Api.Response claimed = moderator.post("/api/moderation/cases/" + caseId + "/claim", null);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        Person other = moderator("SENIOR_MODERATOR");
        assertThat(other.post("/api/moderation/cases/" + caseId + "/claim", null)
                        .status())
                .isEqualTo(409);
        assertThat(reader.post("/api/moderation/cases/" + caseId + "/claim", null)
                        .status())
                .isEqualTo(403);

        Api.Response hidden = act(moderator, caseId, "HIDE", 2);
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        await(
                "hidden from others",
                java.time.Duration.ofSeconds(30),
                () -> !commentIds(storyId, reader).contains(commentId));
        assertThat(commentIds(storyId, author)).contains(commentId);
        assertThat(act(moderator, caseId, "WARN", 4).status()).isEqualTo(409);

        String strike = ModerationIds.strikeOf(caseId);
        assertThat(reader.post("/api/appeals", Map.of("strikeId", strike, "text", "It was a quote"))
                        .status())
                .isEqualTo(404);
        Api.Response appealed = author.post("/api/appeals", Map.of("strikeId", strike, "text", "It was a quote"));
        assertThat(appealed.status()).as(appealed.toString()).isEqualTo(201);
        String appealId = appealed.body().get("appealId").asText();
        Map<String, Object> uphold = Map.of("decision", "UPHOLD", "reason", "a quote from the story");
        Api.Response own = moderator.post("/api/appeals/" + appealId + "/decision", uphold);
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(reader.post("/api/appeals/" + appealId + "/decision", uphold).status())
                .isEqualTo(403);
        Api.Response decided = other.post("/api/appeals/" + appealId + "/decision", uphold);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        // the reader's client has not written the decision: it waits for the content read model as any reader would
        await(
                "the comment back",
                Duration.ofSeconds(10),
                () -> commentIds(storyId, reader).contains(commentId));
        assertThat(other.post("/api/appeals/" + appealId + "/decision", uphold).status())
                .isEqualTo(409);
    }

    @Test
    void aSeniorDeletesAndAnUpheldAppealStillGivesItBack() {
        Person author = verifiedPerson("author");
        String storyId = story(author);
        String commentId = comment(author, storyId, "Buy cheap pills");
        Person reporter = verifiedPerson("reporter");
        String caseId = report(reporter, "comment", commentId, "SPAM")
                .body()
                .get("caseId")
                .asText();
        Person senior = moderator("SENIOR_MODERATOR");
        Api.Response deleted = act(senior, caseId, "DELETE", 1);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        await(
                "hidden from others",
                java.time.Duration.ofSeconds(30),
                () -> !commentIds(storyId, reporter).contains(commentId));
        JsonNode appealed = author.post(
                        "/api/appeals", Map.of("strikeId", ModerationIds.strikeOf(caseId), "text", "Not spam"))
                .body();
        Person admin = moderator("ADMINISTRATOR");
        Api.Response decided = admin.post(
                "/api/appeals/" + appealed.get("appealId").asText() + "/decision", Map.of("decision", "UPHOLD"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        await(
                "the comment back",
                Duration.ofSeconds(10),
                () -> commentIds(storyId, reporter).contains(commentId));
        // a new report on the item after its case was resolved opens a new case
        Api.Response next = report(reporter, "comment", commentId, "SPAM");
        assertThat(next.body().get("caseId").asText()).isNotEqualTo(caseId);
    }

    @Test
    void aModeratorsNsfwClassificationHoldsOverTheAuthorsEdits() {
        Person author = verifiedPerson("author");
        String storyId = story(author);
        Person reader = verifiedPerson("reader");
        Person moderator = moderator("MODERATOR");
        Map<String, Object> override = new HashMap<>();
        override.put("contentType", "story");
        override.put("contentId", storyId);
        override.put("nsfw", true);
        override.put("reason", "explicit scenes");
        assertThat(reader.post("/api/moderation/nsfw-overrides", override).status())
                .isEqualTo(403);
        Api.Response overridden = moderator.post("/api/moderation/nsfw-overrides", override);
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(moderator.get("/api/stories/" + storyId).body().get("nsfw").asBoolean())
                .isTrue();

        Map<String, Object> edit = new HashMap<>();
        edit.put("title", "The harbour");
        edit.put("description", "A story of the sea");
        edit.put("genre", "fantasy");
        edit.put("tags", List.of("sea"));
        edit.put("nsfw", false);
        edit.put("language", "en");
        Api.Response edited = author.client().put("/api/stories/" + storyId, edit, author.token());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(204);
        assertThat(author.get("/api/stories/" + storyId).body().get("nsfw").asBoolean())
                .isTrue();

        override.put("contentType", "chapter");
        assertThat(moderator.post("/api/moderation/nsfw-overrides", override).status())
                .isEqualTo(400);
        override.put("contentType", "image");
        override.put("contentId", "00000000-0000-0000-0000-000000000000");
        assertThat(moderator.post("/api/moderation/nsfw-overrides", override).status())
                .isEqualTo(404);
        override.put("contentId", "not-an-image");
        assertThat(moderator.post("/api/moderation/nsfw-overrides", override).status())
                .isEqualTo(404);
        override.remove("nsfw");
        assertThat(moderator.post("/api/moderation/nsfw-overrides", override).status())
                .isEqualTo(400);
    }

    private JsonNode awaitRead(Person viewer, String path, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await(path, java.time.Duration.ofSeconds(30), () -> {
            Api.Response response = viewer.get(path);
            last[0] = response.body();
            return response.status() == 200 && ready.test(response.body());
        });
        return last[0];
    }

    private static JsonNode queued(JsonNode queue, String caseId) {
        for (JsonNode item : queue.get("items")) {
            if (item.get("caseId").asText().equals(caseId)) {
                return item;
            }
        }
        return null;
    }

    /** The acceptance scenario, end to end through the API, each person with a client of their own. */
    @Test
    void acceptanceThreeReportsAHideAnAppealUpheldAndTheCasesWholeStory() {
        Person author = verifiedPerson("author");
        String storyId = story(author);
        Person strong = verifiedPerson("strong");
        Person senior = moderator("SENIOR_MODERATOR");
        // the strong reporter's record: three reports upheld before
        for (int i = 0; i < 3; i++) {
            String earlier = comment(author, storyId, "Earlier rude remark " + i);
            String earlierCase = report(strong, "comment", earlier, "HARASSMENT")
                    .body()
                    .get("caseId")
                    .asText();
            assertThat(act(senior, earlierCase, "HIDE", 1).status()).isEqualTo(200);
        }
        String commentId = comment(author, storyId, "You are all fools and I will find you");
        String single = comment(author, storyId, "A mildly annoying remark");
        Person second = verifiedPerson("second");
        Person third = verifiedPerson("third");
        String caseId = report(strong, "comment", commentId, "HARASSMENT")
                .body()
                .get("caseId")
                .asText();
        assertThat(report(second, "comment", commentId, "HARASSMENT")
                        .body()
                        .get("caseId")
                        .asText())
                .isEqualTo(caseId);
        assertThat(report(third, "comment", commentId, "HATE")
                        .body()
                        .get("caseId")
                        .asText())
                .isEqualTo(caseId);
        String singleCase = report(second, "comment", single, "HARASSMENT")
                .body()
                .get("caseId")
                .asText();

        Person moderator = moderator("MODERATOR");
        JsonNode queue = awaitRead(
                moderator,
                "/api/moderation/queue?limit=100",
                q -> queued(q, caseId) != null
                        && queued(q, singleCase) != null
                        && queued(q, caseId).get("reportCount").asInt() == 3);
        assertThat(queued(queue, caseId).get("priorityScore").asDouble())
                .isGreaterThan(queued(queue, singleCase).get("priorityScore").asDouble());
        JsonNode detail = moderator.get("/api/moderation/reports/" + caseId).body();
        assertThat(detail.has("scoreExplanation")).isTrue();
        long version = detail.get("version").asLong();

        assertThat(act(moderator, caseId, "SUSPEND", version).status()).isEqualTo(403);
        Api.Response hidden = act(moderator, caseId, "HIDE", version);
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        await(
                "hidden from others",
                java.time.Duration.ofSeconds(30),
                () -> !commentIds(storyId, second).contains(commentId));
        assertThat(commentIds(storyId, author)).contains(commentId);

        String strike = ModerationIds.strikeOf(caseId);
        await(
                "the strike mail",
                java.time.Duration.ofSeconds(30),
                () -> Mailbox.read(author.email()).stream()
                        .anyMatch(mail ->
                                mail.text().contains(strike) && mail.text().contains("/api/appeals")));
        String appealId = author.post("/api/appeals", Map.of("strikeId", strike, "text", "It was a line of dialogue"))
                .body()
                .get("appealId")
                .asText();
        assertThat(moderator
                        .post("/api/appeals/" + appealId + "/decision", Map.of("decision", "UPHOLD"))
                        .status())
                .isEqualTo(403);
        Person other = moderator("MODERATOR");
        assertThat(other.post(
                                "/api/appeals/" + appealId + "/decision",
                                Map.of("decision", "UPHOLD", "reason", "dialogue"))
                        .status())
                .isEqualTo(200);
        await(
                "the comment back",
                java.time.Duration.ofSeconds(30),
                () -> commentIds(storyId, second).contains(commentId));

        for (Person reporter : List.of(strong, second, third)) {
            JsonNode mine = awaitRead(reporter, "/api/me/reports", r -> {
                for (JsonNode item : r) {
                    if (item.get("caseId").asText().equals(caseId)
                            && !item.get("outcome").isNull()) {
                        return true;
                    }
                }
                return false;
            });
            assertThat(mine.toString()).contains(caseId);
        }

        String admin = adminToken();
        Api.Response history = api.get("/api/admin/history/aggregates/ModerationCase/" + caseId, admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.raw())
                .contains("CaseOpened", "ReportFiled", "ModerationActionTaken", "StrikeRecorded", "AppealFiled")
                .contains("AppealDecided", "ModerationActionReversed");
        await(
                "the audit log",
                java.time.Duration.ofSeconds(30),
                () -> auditEntries(admin, "resourceType=ModerationCase&resourceId=" + caseId + "&limit=100")
                        .toString()
                        .contains("ModerationActionReversed"));
        JsonNode audit = auditEntries(admin, "resourceType=ModerationCase&resourceId=" + caseId + "&limit=100");
        boolean actedByModerator = false;
        for (JsonNode entry : audit) {
            if (entry.get("actionType").asText().equals("ModerationActionTaken")) {
                actedByModerator =
                        moderator.userId().equals(entry.get("actorId").asText());
            }
        }
        assertThat(actedByModerator).as(audit.toString()).isTrue();
    }
}
