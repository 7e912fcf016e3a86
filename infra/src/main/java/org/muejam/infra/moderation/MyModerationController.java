package org.muejam.infra.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.moderation.ListOwnReportsQuery;
import org.muejam.shared.moderation.ListStrikesQuery;
import org.muejam.shared.moderation.OwnReportList;
import org.muejam.shared.moderation.StrikeList;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moderation as the signed-in person sees it: the strikes against them (with their appeals), and the reports they
 * filed with what became of them: the outcome and the action's category, never who acted or in what words.
 */
@Tag(name = "moderation")
@RestController
@RequestMapping("/api/me")
@ReadsFrom(ReadModels.MODERATION)
public class MyModerationController {

    /** The newest this many of each: enough for any honest reporter; the list stays one answer. */
    static final int MAX_ITEMS = 100;

    public record AppealRef(String appealId, String status) {}

    public record MyStrike(
            String strikeId,
            String action,
            String reason,
            String caseId,
            String contentType,
            String contentId,
            Instant recordedAt,
            Instant appealableUntil,
            boolean overruled,
            AppealRef appeal) {

        static MyStrike of(StrikeList.Strike strike) {
            return new MyStrike(
                    strike.strikeId(),
                    strike.action(),
                    strike.reason(),
                    strike.caseId(),
                    strike.contentType(),
                    strike.contentId(),
                    strike.recordedAt(),
                    strike.appealableUntil(),
                    strike.overruled(),
                    strike.appealId() == null ? null : new AppealRef(strike.appealId(), strike.appealStatus()));
        }
    }

    private final QueryGateway queries;

    public MyModerationController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            operationId = "listMyStrikes",
            summary = "The strikes against the signed-in person, newest first (at most 100), each with its appeal")
    @GetMapping("/strikes")
    public List<MyStrike> strikes(Principal principal) {
        StrikeList strikes = Queries.ask(
                queries,
                new ListStrikesQuery(principal.getName(), MAX_ITEMS),
                ResponseTypes.instanceOf(StrikeList.class));
        return strikes.items().stream().map(MyStrike::of).toList();
    }

    @Operation(
            operationId = "listMyReports",
            summary = "The reports the signed-in person filed, newest first (at most 100), with their outcomes")
    @GetMapping("/reports")
    public List<OwnReportList.OwnReport> reports(Principal principal) {
        return Queries.ask(
                        queries,
                        new ListOwnReportsQuery(principal.getName(), MAX_ITEMS),
                        ResponseTypes.instanceOf(OwnReportList.class))
                .items();
    }
}
