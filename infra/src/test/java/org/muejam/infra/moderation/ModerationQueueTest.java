package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.shared.moderation.AppealDecidedEvent;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.AppealFiledEvent;
import org.muejam.shared.moderation.CaseClaimExpiredEvent;
import org.muejam.shared.moderation.CaseClaimedEvent;
import org.muejam.shared.moderation.CaseOpenedEvent;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationActionReversedEvent;
import org.muejam.shared.moderation.ModerationActionTakenEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The moderation read side (decision 0035) through the REST API. The case aggregate's events are stored here as it
 * would store them (aggregate ModerationCase, in sequence), so the queue, a case, the stats and each person's
 * strikes and reports are tested on the events alone.
 */
class ModerationQueueTest extends IntegrationTest {

    private static final String CASE_TYPE = "ModerationCase";

    @Autowired
    EventStore eventStore;

    private final Map<String, Long> sequences = new HashMap<>();

    // -------------------------------------------------------------------------------------------- the events --

    private void store(String caseId, Object... events) {
        for (Object event : events) {
            long sequence = sequences.merge(caseId, 1L, Long::sum) - 1;
            eventStore.publish(new GenericDomainEventMessage<>(CASE_TYPE, caseId, sequence, event));
        }
    }

    private String open(ReportSubjectType type, String authorId, Instant at) {
        String caseId = ModerationIds.newCase();
        store(caseId, new CaseOpenedEvent(caseId, type, subjectOf(type), authorId, at));
        return caseId;
    }

    private static String subjectOf(ReportSubjectType type) {
        return type.slug() + ":" + UUID.randomUUID();
    }

    private String report(String caseId, String reporterId, ReportReason reason, Instant at) {
        String reportId = ModerationIds.newReport();
        store(
                caseId,
                new ReportFiledEvent(
                        caseId,
                        reportId,
                        reporterId,
                        false,
                        ReportSubjectType.COMMENT,
                        "comment:x",
                        "author",
                        reason,
                        "it is " + reason,
                        "the text as it stood at " + at,
                        null,
                        at));
        return reportId;
    }

    private void automated(String caseId, ReportReason reason, String severity, Instant at) {
        store(
                caseId,
                new ReportFiledEvent(
                        caseId,
                        ModerationIds.newReport(),
                        ModerationIds.SYSTEM_REPORTER,
                        true,
                        ReportSubjectType.COMMENT,
                        "comment:x",
                        "author",
                        reason,
                        "filter finding",
                        "the text",
                        severity,
                        at));
    }

    private void resolve(String caseId, ModerationAction action, String moderatorId, Instant at) {
        store(
                caseId,
                new ModerationActionTakenEvent(
                        caseId,
                        action,
                        moderatorId,
                        "moderator's own words " + action,
                        null,
                        ReportSubjectType.COMMENT,
                        "comment:x",
                        "author",
                        action.upholds(),
                        at));
    }

    /** A case with one report by {@code reporter}, resolved at {@code at} with {@code action}. */
    private String resolvedReport(String reporter, ModerationAction action, Instant at) {
        String caseId = open(ReportSubjectType.COMMENT, "author-" + UUID.randomUUID(), at.minusSeconds(600));
        report(caseId, reporter, ReportReason.SPAM, at.minusSeconds(600));
        resolve(caseId, action, "moderator-" + UUID.randomUUID(), at);
        return caseId;
    }

    // ----------------------------------------------------------------------------------------------- reading --

    private String moderator() {
        String email = uniqueEmail("moderator");
        String userId = register(email);
        Api.Response granted =
                api.post("/api/moderation/moderators", Map.of("userId", userId, "role", "MODERATOR"), adminToken());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return login(email, PASSWORD);
    }

    /** A read that waits for every event stored so far (stored here, not through this client). */
    private Api.Response read(String path, String token) {
        return api.send(
                "GET",
                path,
                null,
                "application/json",
                token,
                Map.of("X-Await-Position", Long.toString(projections.head())));
    }

    /** Every page of the queue, in order. */
    private List<JsonNode> queue(String token) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page =
                    read("/api/moderation/queue?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().get("items").forEach(items::add);
            cursor = page.body().get("nextCursor").isNull()
                    ? null
                    : page.body().get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    private static List<String> idsAmong(List<JsonNode> queue, List<String> wanted) {
        return queue.stream()
                .map(item -> item.get("caseId").asText())
                .filter(wanted::contains)
                .toList();
    }

    private static JsonNode item(List<JsonNode> queue, String caseId) {
        return queue.stream()
                .filter(item -> item.get("caseId").asText().equals(caseId))
                .findFirst()
                .orElse(null);
    }

    private JsonNode caseView(String caseId, String token) {
        Api.Response response = read("/api/moderation/reports/" + caseId, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static double points(JsonNode view, String factor) {
        for (JsonNode part : view.get("scoreExplanation")) {
            if (part.get("factor").asText().equals(factor)) {
                return part.get("points").asDouble();
            }
        }
        throw new AssertionError("no factor " + factor + " in " + view);
    }

    // ------------------------------------------------------------------------------------------------- tests --

    @Test
    void reportsFiledThroughTheApiReachTheQueueAndAnActionOnTheReadVersionResolvesTheCase() {
        Person author = verifiedPerson("author");
        String storyId = CaseActionsTest.story(author);
        String commentId = CaseActionsTest.comment(author, storyId, "You are all fools");
        List<Person> reporters = List.of(verifiedPerson("first"), verifiedPerson("second"), verifiedPerson("third"));
        String caseId = null;
        for (Person reporter : reporters) {
            Api.Response filed = CaseActionsTest.report(reporter, "comment", commentId, "HARASSMENT");
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            caseId = filed.body().get("caseId").asText();
        }
        Person moderator = moderator("MODERATOR");

        JsonNode queued = item(queue(moderator.token()), caseId);
        assertThat(queued).isNotNull();
        assertThat(queued.get("reportCount").asInt()).isEqualTo(3);
        assertThat(queued.get("contentId").asText()).isEqualTo(commentId);
        JsonNode view = caseView(caseId, moderator.token());
        assertThat(view.get("reports")).hasSize(3);
        assertThat(view.get("authorId").asText()).isEqualTo(author.userId());
        assertThat(view.get("asReported").get("first").get("content").asText()).contains("fools");
        assertThat(points(view, "reporters")).isEqualTo(30);

        Api.Response acted = CaseActionsTest.act(
                moderator, caseId, "HIDE", view.get("version").asLong());
        assertThat(acted.status()).as(acted.toString()).isEqualTo(200);
        assertThat(item(queue(moderator.token()), caseId)).isNull();
        for (Person reporter : reporters) {
            JsonNode mine = read("/api/me/reports", reporter.token()).body();
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).get("outcome").asText()).isEqualTo("UPHELD");
            assertThat(mine.get(0).get("outcomeReason").asText()).isEqualTo("HIDE");
        }
        JsonNode strikes = read("/api/me/strikes", author.token()).body();
        assertThat(strikes).hasSize(1);
        assertThat(strikes.get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(strikes.get(0).get("action").asText()).isEqualTo("HIDE");
    }

    @Test
    void theQueueSortsByScoreThenAgeAndThreeReportsOutrankOne() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String one = open(ReportSubjectType.COMMENT, "author", now.minus(Duration.ofHours(2)));
        report(one, "reader-a", ReportReason.SPAM, now.minus(Duration.ofHours(2)));
        String three = open(ReportSubjectType.COMMENT, "author", now.minus(Duration.ofHours(1)));
        for (String reader : List.of("reader-a", "reader-b", "reader-c")) {
            report(three, reader, ReportReason.HARASSMENT, now.minus(Duration.ofMinutes(50)));
        }
        Instant older = now.minus(Duration.ofHours(3));
        String oldFirst = open(ReportSubjectType.COMMENT, "author", older);
        report(oldFirst, "reader-a", ReportReason.SPAM, older);
        String oldSecond = open(ReportSubjectType.COMMENT, "author", older);
        report(oldSecond, "reader-b", ReportReason.SPAM, older);
        String hate = open(ReportSubjectType.COMMENT, "author", now);
        automated(hate, ReportReason.HATE, "HIGH", now);
        String spam = open(ReportSubjectType.COMMENT, "author", now);
        automated(spam, ReportReason.SPAM, "LOW", now);
        String token = moderator();

        List<JsonNode> queue = queue(token);

        // hate HIGH 100+5; three people 30+5+1 h; the two older ones 10+5+3 h (same score and age: by id); 10+5+2 h;
        // an automated LOW spam finding 10+5
        List<String> ties =
                oldFirst.compareTo(oldSecond) < 0 ? List.of(oldFirst, oldSecond) : List.of(oldSecond, oldFirst);
        assertThat(idsAmong(queue, List.of(one, three, oldFirst, oldSecond, hate, spam)))
                .containsExactly(hate, three, ties.get(0), ties.get(1), one, spam);
        assertThat(item(queue, three).get("priorityScore").asDouble()).isCloseTo(36, within(0.2));
        assertThat(item(queue, three).get("reportCount").asInt()).isEqualTo(3);
        assertThat(item(queue, one).get("priorityScore").asDouble()).isCloseTo(17, within(0.2));
        assertThat(item(queue, hate).get("priorityScore").asDouble()).isCloseTo(105, within(0.2));
        assertThat(item(queue, spam).get("priorityScore").asDouble()).isCloseTo(15, within(0.2));
        JsonNode first = item(queue, three);
        assertThat(first.get("status").asText()).isEqualTo("OPEN");
        assertThat(first.get("contentType").asText()).isEqualTo("comment");
        assertThat(first.get("contentId").asText()).startsWith("comment:");
        assertThat(first.get("version").asLong()).isEqualTo(3);
        assertThat(first.get("claimedBy").isNull()).isTrue();
        assertThat(first.get("openedAt").asText()).isNotBlank();

        JsonNode view = caseView(hate, token);
        assertThat(points(view, "automated")).isEqualTo(100);
        assertThat(view.get("scoreExplanation").toString()).contains("HIGH");
        assertThat(view.get("scoreSummary").asText()).startsWith("Score 105");
    }

    @Test
    void theQueueIsPagedWithoutLosingOrRepeatingACase() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String caseId = open(ReportSubjectType.WHISPER, "author", now.minus(Duration.ofMinutes(i % 3)));
            report(caseId, "reader-" + i, ReportReason.OTHER, now);
            mine.add(caseId);
        }
        String token = moderator();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page =
                    read("/api/moderation/queue?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body().get("items").size()).isLessThanOrEqualTo(2);
            page.body().get("items").forEach(item -> seen.add(item.get("caseId").asText()));
            cursor = page.body().get("nextCursor").isNull()
                    ? null
                    : page.body().get("nextCursor").asText();
        } while (cursor != null && seen.size() < 10_000);
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);

        for (String bad : List.of("limit=0", "limit=101", "cursor=not-a-cursor", "cursor=" + "A".repeat(300))) {
            Api.Response refused = read("/api/moderation/queue?" + bad, token);
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aReportersRecordCountsOnlyAfterThreeResolvedReports() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String reliable = "reliable-" + UUID.randomUUID();
        String careless = "careless-" + UUID.randomUUID();
        resolvedReport(reliable, ModerationAction.HIDE, now.minus(Duration.ofHours(3)));
        resolvedReport(reliable, ModerationAction.WARN, now.minus(Duration.ofHours(2)));
        String early = open(ReportSubjectType.COMMENT, "author", now.minus(Duration.ofMinutes(90)));
        report(early, reliable, ReportReason.SPAM, now.minus(Duration.ofMinutes(90)));
        resolvedReport(reliable, ModerationAction.DELETE, now.minus(Duration.ofHours(1)));
        for (int i = 0; i < 3; i++) {
            resolvedReport(careless, ModerationAction.DISMISS, now.minus(Duration.ofHours(1)));
        }
        String later = open(ReportSubjectType.COMMENT, "author", now);
        report(later, reliable, ReportReason.SPAM, now);
        String doubted = open(ReportSubjectType.COMMENT, "author", now);
        report(doubted, careless, ReportReason.SPAM, now);
        String token = moderator();

        JsonNode twoResolved = caseView(early, token);
        assertThat(twoResolved.get("reports").get(0).get("reporterAccuracy").isNull())
                .isTrue();
        assertThat(points(twoResolved, "reporterAccuracy")).isZero();

        JsonNode threeUpheld = caseView(later, token);
        assertThat(threeUpheld.get("reports").get(0).get("reporterAccuracy").asDouble())
                .isEqualTo(1.0);
        assertThat(points(threeUpheld, "reporterAccuracy")).isEqualTo(10);
        assertThat(threeUpheld.get("priorityScore").asDouble()).isCloseTo(25, within(0.2));

        JsonNode threeDismissed = caseView(doubted, token);
        assertThat(threeDismissed.get("reports").get(0).get("reporterAccuracy").asDouble())
                .isEqualTo(0.0);
        assertThat(points(threeDismissed, "reporterAccuracy")).isEqualTo(-10);
        List<JsonNode> queue = queue(token);
        assertThat(idsAmong(queue, List.of(later, doubted, early))).containsExactly(later, early, doubted);
    }

    @Test
    void aClaimShowsUntilItExpires() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String held = open(ReportSubjectType.STORY, "author", now);
        report(held, "reader", ReportReason.NSFW, now);
        store(held, new CaseClaimedEvent(held, "moderator-1", now, now.plus(Duration.ofHours(1))));
        String lapsed = open(ReportSubjectType.STORY, "author", now);
        report(lapsed, "reader", ReportReason.NSFW, now);
        store(lapsed, new CaseClaimedEvent(lapsed, "moderator-2", now.minus(Duration.ofHours(1)), now.minusSeconds(5)));
        String expired = open(ReportSubjectType.STORY, "author", now);
        report(expired, "reader", ReportReason.NSFW, now);
        store(
                expired,
                new CaseClaimedEvent(expired, "moderator-3", now, now.plus(Duration.ofHours(1))),
                new CaseClaimExpiredEvent(expired, "moderator-3", now));
        String token = moderator();

        List<JsonNode> queue = queue(token);
        assertThat(item(queue, held).get("claimedBy").asText()).isEqualTo("moderator-1");
        assertThat(item(queue, held).get("claimExpiresAt").asText()).isNotBlank();
        assertThat(item(queue, held).get("version").asLong()).isEqualTo(2);
        assertThat(item(queue, lapsed).get("claimedBy").isNull()).isTrue();
        assertThat(item(queue, expired).get("claimedBy").isNull()).isTrue();
        assertThat(caseView(held, token).get("claimedBy").asText()).isEqualTo("moderator-1");
        assertThat(caseView(expired, token).get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aResolvedCaseLeavesTheQueueAndItsReportersAndAuthorSeeWhatConcernsThem() {
        String reporterEmail = uniqueEmail("reporter");
        String reporterId = register(reporterEmail);
        String authorEmail = uniqueEmail("author");
        String authorId = register(authorEmail);
        String bystanderEmail = uniqueEmail("bystander");
        register(bystanderEmail);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String earlier = open(ReportSubjectType.COMMENT, authorId, now.minus(Duration.ofDays(3)));
        report(earlier, "someone", ReportReason.SPAM, now.minus(Duration.ofDays(3)));
        resolve(earlier, ModerationAction.WARN, "moderator-0", now.minus(Duration.ofDays(2)));
        store(
                earlier,
                new StrikeRecordedEvent(
                        earlier,
                        ModerationIds.strikeOf(earlier),
                        authorId,
                        ModerationAction.WARN,
                        "spam links",
                        ReportSubjectType.COMMENT,
                        "comment:x",
                        now.plus(Duration.ofDays(18)),
                        now.minus(Duration.ofDays(2))));
        String caseId = open(ReportSubjectType.COMMENT, authorId, now.minusSeconds(60));
        String reportId = report(caseId, reporterId, ReportReason.HARASSMENT, now.minusSeconds(60));
        String dismissed = open(ReportSubjectType.COMMENT, authorId, now.minusSeconds(50));
        String dismissedReport = report(dismissed, reporterId, ReportReason.SPAM, now.minusSeconds(50));
        String token = moderator();
        assertThat(idsAmong(queue(token), List.of(caseId, dismissed))).containsExactlyInAnyOrder(caseId, dismissed);

        JsonNode open = caseView(caseId, token);
        assertThat(open.get("authorId").asText()).isEqualTo(authorId);
        assertThat(open.get("authorStrikes")).hasSize(1);
        assertThat(open.get("authorStrikes").get(0).get("caseId").asText()).isEqualTo(earlier);
        assertThat(open.get("authorStrikes").get(0).get("action").asText()).isEqualTo("WARN");
        assertThat(open.get("authorStrikes").get(0).get("overruled").asBoolean())
                .isFalse();
        assertThat(open.get("resolution").isNull()).isTrue();
        assertThat(open.get("asReported").get("first").get("reportId").asText()).isEqualTo(reportId);
        assertThat(caseView(reportId, token).get("caseId").asText()).isEqualTo(caseId);

        resolve(caseId, ModerationAction.HIDE, "moderator-1", now);
        String strikeId = ModerationIds.strikeOf(caseId);
        store(
                caseId,
                new StrikeRecordedEvent(
                        caseId,
                        strikeId,
                        authorId,
                        ModerationAction.HIDE,
                        "harassment of a reader",
                        ReportSubjectType.COMMENT,
                        "comment:y",
                        now.plus(Duration.ofDays(20)),
                        now));
        resolve(dismissed, ModerationAction.DISMISS, "moderator-1", now);

        assertThat(idsAmong(queue(token), List.of(caseId, dismissed))).isEmpty();
        JsonNode resolved = caseView(caseId, token);
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolution").get("action").asText()).isEqualTo("HIDE");
        assertThat(resolved.get("resolution").get("moderatorId").asText()).isEqualTo("moderator-1");
        assertThat(resolved.get("version").asLong()).isEqualTo(3);

        String reporter = login(reporterEmail, PASSWORD);
        JsonNode reports = read("/api/me/reports", reporter).body();
        assertThat(reports.isArray()).isTrue();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).get("reportId").asText()).isEqualTo(dismissedReport);
        assertThat(reports.get(0).get("outcome").asText()).isEqualTo("NOT_UPHELD");
        assertThat(reports.get(0).get("outcomeReason").asText()).isEqualTo("DISMISS");
        assertThat(reports.get(1).get("reportId").asText()).isEqualTo(reportId);
        assertThat(reports.get(1).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(reports.get(1).get("outcome").asText()).isEqualTo("UPHELD");
        assertThat(reports.get(1).get("outcomeReason").asText()).isEqualTo("HIDE");
        assertThat(reports.get(1).get("contentType").asText()).isEqualTo("comment");
        assertThat(reports.toString()).doesNotContain("moderator-1").doesNotContain("own words");

        String author = login(authorEmail, PASSWORD);
        JsonNode strikes = read("/api/me/strikes", author).body();
        assertThat(strikes.isArray()).isTrue();
        assertThat(strikes).hasSize(2);
        assertThat(strikes.get(0).get("strikeId").asText()).isEqualTo(strikeId);
        assertThat(strikes.get(0).get("action").asText()).isEqualTo("HIDE");
        assertThat(strikes.get(0).get("reason").asText()).isEqualTo("harassment of a reader");
        assertThat(strikes.get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(strikes.get(0).get("appeal").isNull()).isTrue();
        String bystander = login(bystanderEmail, PASSWORD);
        assertThat(read("/api/me/strikes", bystander).body()).isEmpty();
        assertThat(read("/api/me/reports", bystander).body()).isEmpty();

        String appealId = ModerationIds.appealOf(caseId);
        store(
                caseId,
                new AppealFiledEvent(caseId, appealId, strikeId, authorId, "it was a joke", now.plusSeconds(1)),
                new AppealDecidedEvent(
                        caseId,
                        appealId,
                        strikeId,
                        authorId,
                        AppealDecision.UPHOLD,
                        "moderator-2",
                        "context",
                        now.plusSeconds(2)),
                new ModerationActionReversedEvent(
                        caseId,
                        ModerationAction.HIDE,
                        strikeId,
                        ReportSubjectType.COMMENT,
                        "comment:y",
                        authorId,
                        "moderator-2",
                        now.plusSeconds(2)));
        JsonNode overruled = read("/api/me/strikes", author).body().get(0);
        assertThat(overruled.get("overruled").asBoolean()).isTrue();
        assertThat(overruled.get("appeal").get("appealId").asText()).isEqualTo(appealId);
        assertThat(overruled.get("appeal").get("status").asText()).isEqualTo("UPHELD");
        assertThat(read("/api/me/reports", reporter)
                        .body()
                        .get(1)
                        .get("outcome")
                        .asText())
                .isEqualTo("OVERTURNED");
        JsonNode reversed = caseView(caseId, token);
        assertThat(reversed.get("resolution").get("reversed").asBoolean()).isTrue();
        assertThat(reversed.get("appeal").get("status").asText()).isEqualTo("UPHELD");
        assertThat(reversed.get("version").asLong()).isEqualTo(6);
    }

    @Test
    void theStatsCountOpenAndResolvedCasesPerDayModeratorAndReason() {
        String token = moderator();
        JsonNode before = read("/api/moderation/stats", token).body();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String moderatorId = "moderator-" + UUID.randomUUID();
        String fast = open(
                ReportSubjectType.COMMENT,
                "author",
                now.minus(Duration.ofHours(1)).minusSeconds(60));
        report(fast, "reader", ReportReason.PII, now.minus(Duration.ofHours(1)));
        resolve(fast, ModerationAction.HIDE, moderatorId, now.minusSeconds(60));
        String slow = open(
                ReportSubjectType.COMMENT,
                "author",
                now.minus(Duration.ofHours(3)).minusSeconds(60));
        report(slow, "reader", ReportReason.PII, now.minus(Duration.ofHours(3)));
        resolve(slow, ModerationAction.DISMISS, moderatorId, now.minusSeconds(60));
        String waiting = open(ReportSubjectType.COMMENT, "author", now);
        report(waiting, "reader", ReportReason.PII, now);

        JsonNode after = read("/api/moderation/stats", token).body();

        assertThat(after.get("openCases").asLong() - before.get("openCases").asLong())
                .isEqualTo(1);
        assertThat(after.get("days").asInt()).isEqualTo(30);
        JsonNode days = after.get("resolvedPerDay");
        assertThat(days).hasSize(30);
        JsonNode today = days.get(29);
        assertThat(today.get("date").asText())
                .isEqualTo(LocalDate.ofInstant(now.minusSeconds(60), ZoneOffset.UTC)
                        .toString());
        assertThat(today.get("resolved").asLong()
                        - before.get("resolvedPerDay").get(29).get("resolved").asLong())
                .isEqualTo(2);
        JsonNode mine = null;
        for (JsonNode moderator : after.get("perModerator")) {
            if (moderator.get("moderatorId").asText().equals(moderatorId)) {
                mine = moderator;
            }
        }
        assertThat(mine).as(after.toString()).isNotNull();
        assertThat(mine.get("resolved").asLong()).isEqualTo(2);
        assertThat(mine.get("medianSecondsToResolution").asDouble()).isEqualTo(7200.0);
        assertThat(after.get("medianSecondsToResolution").isNumber()).isTrue();
        assertThat(reason(after, "PII", "open") - reason(before, "PII", "open")).isEqualTo(1);
        assertThat(reason(after, "PII", "resolved") - reason(before, "PII", "resolved"))
                .isEqualTo(2);
    }

    private static long reason(JsonNode stats, String reason, String field) {
        for (JsonNode row : stats.get("perReason")) {
            if (row.get("reason").asText().equals(reason)) {
                return row.get(field).asLong();
            }
        }
        return 0;
    }

    @Test
    void onlyModerationStaffReadTheQueueTheCasesAndTheStats() {
        String caseId = open(ReportSubjectType.COMMENT, "author", Instant.now());
        String email = uniqueEmail("plain");
        register(email);
        String user = login(email, PASSWORD);
        for (String path :
                List.of("/api/moderation/queue", "/api/moderation/reports/" + caseId, "/api/moderation/stats")) {
            Api.Response forbidden = read(path, user);
            assertThat(forbidden.status()).as(path + ": " + forbidden).isEqualTo(403);
            assertThat(forbidden.contentType()).startsWith("application/problem+json");
            assertThat(read(path, null).status()).as(path).isEqualTo(401);
            assertThat(read(path, adminToken()).status()).as(path).isEqualTo(200);
        }
        assertThat(read("/api/me/strikes", null).status()).isEqualTo(401);
        assertThat(read("/api/me/reports", null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownOrMalformedCaseIsNotFound() {
        String token = moderator();
        for (String id : List.of(
                ModerationIds.newCase(),
                ModerationIds.newReport(),
                "case:nope",
                "story:" + UUID.randomUUID(),
                "x".repeat(300))) {
            Api.Response missing = read("/api/moderation/reports/" + id, token);
            assertThat(missing.status()).as(id + ": " + missing).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void strangeEventsDoNotStopTheProjection() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String strange = ModerationIds.newCase();
        store(
                strange,
                new CaseOpenedEvent(strange, null, null, null, null),
                // an id with a NUL cannot name a data subject (its key could not be looked up): it writes no details
                new ReportFiledEvent(
                        strange,
                        ModerationIds.newReport(),
                        "reader\u0000x",
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "s".repeat(300_000),
                        null,
                        null),
                new ReportFiledEvent(
                        strange,
                        ModerationIds.newReport(),
                        "reader-" + UUID.randomUUID(),
                        false,
                        null,
                        null,
                        null,
                        null,
                        "nul\u0000inside " + "d".repeat(100_000),
                        null,
                        null,
                        null),
                new ReportFiledEvent(
                        strange,
                        ModerationIds.newReport(),
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "SEVERE\u0000!",
                        null),
                new CaseClaimedEvent(strange, null, null, null),
                new StrikeRecordedEvent(strange, null, null, null, null, null, null, null, null),
                new AppealFiledEvent(strange, null, null, null, null, null));
        String orphan = ModerationIds.newCase();
        store(
                orphan,
                new ReportFiledEvent(
                        orphan,
                        ModerationIds.newReport(),
                        "reader",
                        false,
                        ReportSubjectType.USER,
                        "user-" + UUID.randomUUID(),
                        "someone",
                        ReportReason.OTHER,
                        "an account about no content",
                        null,
                        null,
                        now));
        String normal = open(ReportSubjectType.COMMENT, "author", now);
        report(normal, "reader", ReportReason.SPAM, now);
        String token = moderator();

        List<JsonNode> queue = queue(token);
        assertThat(idsAmong(queue, List.of(strange, orphan, normal)))
                .containsExactlyInAnyOrder(strange, orphan, normal);
        JsonNode view = caseView(strange, token);
        assertThat(view.get("reportCount") == null ? view.get("reports").size() : 0)
                .isEqualTo(3);
        List<String> reporters = new ArrayList<>();
        List<String> details = new ArrayList<>();
        view.get("reports").forEach(filed -> {
            reporters.add(filed.path("reporterId").asText());
            details.add(filed.path("details").asText());
        });
        assertThat(reporters).contains("readerx");
        assertThat(details)
                .anySatisfy(text -> assertThat(text).startsWith("nulinside ").hasSize(5_000));
        assertThat(view.get("version").asLong()).isEqualTo(6);
        assertThat(caseView(orphan, token).get("contentType").asText()).isEqualTo("user");
        JsonNode moderation = null;
        for (JsonNode projection : read("/api/admin/projections", adminToken()).body()) {
            if (projection.get("name").asText().equals("moderation")) {
                moderation = projection;
            }
        }
        assertThat(moderation).isNotNull();
        assertThat(moderation.get("deadLetters").asLong()).isZero();
        // one segment: the log's order, live and in a replay (a report's score reads other cases' rows)
        assertThat(moderation.get("segments").asInt()).isEqualTo(1);
        assertThat(moderation.get("status").asText()).isIn("RUNNING", "REPLAYING");
    }

    @Test
    void rebuildingTheModerationProjectionFromZeroGivesTheSameQueue() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String reporter = "rebuild-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            resolvedReport(reporter, ModerationAction.HIDE, now.minus(Duration.ofHours(5 - i)));
        }
        String scored = open(ReportSubjectType.STORY, "author", now.minus(Duration.ofHours(1)));
        report(scored, reporter, ReportReason.HATE, now.minus(Duration.ofHours(1)));
        automated(scored, ReportReason.HATE, "MEDIUM", now);
        store(scored, new CaseClaimedEvent(scored, "moderator-r", now, now.plus(Duration.ofHours(1))));
        String admin = adminToken();
        String token = moderator();
        List<JsonNode> before = queue(token);
        String caseRows = "SELECT * FROM moderation_case ORDER BY case_id";
        String reportRows = "SELECT * FROM moderation_report ORDER BY report_id";
        List<Map<String, Object>> casesBefore = jdbc.queryForList(caseRows);
        List<Map<String, Object>> reportsBefore = jdbc.queryForList(reportRows);
        assertThat(item(before, scored).get("claimedBy").asText()).isEqualTo("moderator-r");

        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement()) {
            // as after a schema change: the read model starts from nothing
            statement.execute("TRUNCATE moderation_case, moderation_report, moderation_reporter, moderation_strike,"
                    + " moderation_appeal");
        }
        Api.Response rebuild = api.post("/api/admin/projections/moderation/rebuild", null, admin);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        await("the moderation projection has caught up", Duration.ofSeconds(90), () -> {
            for (JsonNode projection : api.get("/api/admin/projections", admin).body()) {
                if (projection.get("name").asText().equals("moderation")) {
                    return projection.get("lag").asLong() == 0
                            && !projection.get("replaying").asBoolean()
                            && projection.get("status").asText().equals("RUNNING");
                }
            }
            return false;
        });

        List<JsonNode> after = queue(token);
        assertThat(after.stream().map(ModerationQueueTest::stable).toList())
                .isEqualTo(before.stream().map(ModerationQueueTest::stable).toList());
        assertThat(jdbc.queryForList(caseRows)).isEqualTo(casesBefore);
        assertThat(jdbc.queryForList(reportRows)).isEqualTo(reportsBefore);
        assertThat(points(caseView(scored, token), "reporterAccuracy")).isEqualTo(10);
    }

    /** An item without its score, which grows with the time of the read. */
    private static String stable(JsonNode item) {
        return item.get("caseId").asText() + "|" + item.get("reportCount") + "|" + item.get("version") + "|"
                + item.get("claimedBy") + "|" + item.get("openedAt");
    }
}
