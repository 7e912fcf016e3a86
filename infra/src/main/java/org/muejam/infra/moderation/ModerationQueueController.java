package org.muejam.infra.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.content.PageCursor;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.moderation.FindModerationCaseQuery;
import org.muejam.shared.moderation.FindModerationStatsQuery;
import org.muejam.shared.moderation.ListModerationQueueQuery;
import org.muejam.shared.moderation.ModerationCaseResponse;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ModerationQueuePage;
import org.muejam.shared.moderation.ModerationStats;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moderators' view (MODERATOR, SENIOR_MODERATOR, ADMINISTRATOR; decision 0035): the queue of open cases by
 * priority score then age, one case with its reports, context and score explained, and the moderation figures.
 */
@Tag(name = "moderation")
@RestController
@RequestMapping("/api/moderation")
@ReadsFrom(ReadModels.MODERATION)
public class ModerationQueueController {

    /** Days the stats look back over for resolutions. */
    static final int STATS_DAYS = 30;

    public record QueueItem(
            String caseId,
            String contentType,
            String contentId,
            String reason,
            double priorityScore,
            int reportCount,
            String status,
            String claimedBy,
            Instant claimExpiresAt,
            Instant openedAt,
            long version) {

        static QueueItem of(ModerationQueuePage.Entry entry) {
            return new QueueItem(
                    entry.caseId(),
                    entry.contentType(),
                    entry.contentId(),
                    entry.reason(),
                    entry.priorityScore(),
                    entry.reportCount(),
                    entry.status(),
                    entry.claimedBy(),
                    entry.claimExpiresAt(),
                    entry.openedAt(),
                    entry.version());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QueuePage(List<QueueItem> items, String nextCursor) {}

    private final QueryGateway queries;

    public ModerationQueueController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            operationId = "listModerationQueue",
            summary = "Open moderation cases by priority score, then age; cursor-paginated (moderators)")
    @GetMapping("/queue")
    public QueuePage queue(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = PageCursor.limit(limit);
        QueueCursor after = QueueCursor.decode(cursor);
        ModerationQueuePage page = Queries.ask(
                queries,
                new ListModerationQueueQuery(
                        after == null ? null : after.rankKey(),
                        after == null ? null : after.openedAt(),
                        after == null ? null : after.caseId(),
                        size),
                ResponseTypes.instanceOf(ModerationQueuePage.class));
        String next = null;
        if (page.more() && !page.items().isEmpty()) {
            ModerationQueuePage.Entry last = page.items().get(page.items().size() - 1);
            next = new QueueCursor(last.rankKey(), last.openedAt(), last.caseId()).encode();
        }
        return new QueuePage(page.items().stream().map(QueueItem::of).toList(), next);
    }

    @Operation(
            operationId = "getModerationCase",
            summary = "A case (by its id, or the id of one of its reports) with its reports, the content as reported,"
                    + " the author's strikes and its score explained (moderators)")
    @GetMapping("/reports/{caseId}")
    public ModerationCaseResponse moderationCase(@PathVariable String caseId) {
        if (!ModerationIds.isValid(ModerationIds.CASE, caseId)
                && !ModerationIds.isValid(ModerationIds.REPORT, caseId)) {
            throw notFound();
        }
        return Queries.optional(queries, new FindModerationCaseQuery(caseId), ModerationCaseResponse.class)
                .orElseThrow(ModerationQueueController::notFound);
    }

    @Operation(
            operationId = "getModerationStats",
            summary = "Open cases, resolutions per day over 30 days, median time to resolution, per moderator and"
                    + " per reason (moderators)")
    @GetMapping("/stats")
    public ModerationStats stats() {
        return Queries.ask(
                queries, new FindModerationStatsQuery(STATS_DAYS), ResponseTypes.instanceOf(ModerationStats.class));
    }

    private static RuntimeException notFound() {
        return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "no moderation case with this id");
    }
}
