package org.muejam.infra.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.moderation.application.DmcaTakedowns;
import org.muejam.command.shared.Queries;
import org.muejam.infra.content.PageCursor;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.DmcaInfringerList;
import org.muejam.shared.moderation.DmcaStatus;
import org.muejam.shared.moderation.DmcaTakedownPage;
import org.muejam.shared.moderation.DmcaTakedownResponse;
import org.muejam.shared.moderation.ListDmcaInfringersQuery;
import org.muejam.shared.moderation.ListDmcaTakedownsQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.muejam.shared.text.EnumNames;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DMCA takedowns (decision 0036): anyone sends a notice; the DMCA agents (administrators) list and decide them; the
 * author of content taken down files a counter-notice. A missing statutory element is 422 naming each one; a value
 * longer than its bound is 400.
 */
@Tag(name = "dmca")
@RestController
@RequestMapping("/api/dmca")
public class DmcaController {

    public record DmcaContact(
            @Schema(description = "required: the counter-notice and the agent's questions go there") @Size(max = 320)
            String email,

            @Size(max = 1000) String postalAddress,
            @Size(max = 64) String phone) {}

    public record DmcaNoticeRequest(
            @Size(max = 500) String copyrightHolder,
            @Valid DmcaContact contact,
            @Size(max = 4000) String workDescription,

            @Schema(description = "a URL of the platform naming a story, chapter, comment or whisper by its id")
            @Size(max = 2000)
            String infringingUrl,

            @Schema(description = "must be true: a good-faith belief that the use is not authorised")
            Boolean goodFaithStatement,

            @Schema(description = "must be true: the notice is accurate, under penalty of perjury")
            Boolean accuracyStatement,

            @Size(max = 500) String signature) {}

    public record DmcaSubmitted(String id) {}

    public record DmcaDecisionRequest(
            @Schema(allowableValues = {"APPROVE", "REJECT"}) @Size(max = 16)
            String decision,

            @Size(max = 1000) String reason) {}

    public record DmcaDecided(String id, String decision) {}

    public record DmcaCounterNoticeRequest(
            @Size(max = 4000) String statement,
            @Size(max = 500) String signature) {}

    public record DmcaCounterNoticed(String id, DmcaStatus status) {}

    public record DmcaCourtActionRequest(
            @Schema(description = "optional: the court and the case number, as the claimant gave them")
            @Size(max = 1000)
            String note) {}

    public record DmcaCourtActionRecorded(String id, DmcaStatus status) {}

    public record DmcaTakedownList(List<DmcaTakedownResponse> items, String nextCursor) {}

    private final DmcaTakedowns takedowns;
    private final QueryGateway queries;

    public DmcaController(DmcaTakedowns takedowns, QueryGateway queries) {
        this.takedowns = takedowns;
        this.queries = queries;
    }

    @Operation(
            operationId = "submitDmcaTakedown",
            summary = "Send a DMCA takedown notice about content on the platform (anyone, no sign-in)")
    @ApiResponse(responseCode = "201", description = "Received: the notice waits for the DMCA agent")
    @ApiResponse(
            responseCode = "422",
            description = "A statutory element is missing or false (`dmca-notice-incomplete`, each named in"
                    + " `errors`), or the URL names no content anyone can see (`infringing-url-unknown`)")
    @PostMapping("/takedowns")
    public ResponseEntity<DmcaSubmitted> submit(@Valid @RequestBody DmcaNoticeRequest body) {
        DmcaContact contact = body.contact() == null ? new DmcaContact(null, null, null) : body.contact();
        String id = takedowns.submit(new DmcaTakedowns.Notice(
                body.copyrightHolder(),
                contact.email(),
                contact.postalAddress(),
                contact.phone(),
                body.workDescription(),
                body.infringingUrl(),
                body.goodFaithStatement(),
                body.accuracyStatement(),
                body.signature()));
        return ResponseEntity.created(URI.create("/api/dmca/takedowns/" + id)).body(new DmcaSubmitted(id));
    }

    @ReadsFrom(ReadModels.DMCA)
    @Operation(
            operationId = "listDmcaTakedowns",
            summary = "DMCA notices, newest first, with their status, content, author and the author's count of"
                    + " approved takedowns; cursor-paginated (DMCA agents: administrators)")
    @GetMapping("/takedowns")
    public DmcaTakedownList list(
            @Schema(allowableValues = {"PENDING", "APPROVED", "REJECTED", "COUNTER_NOTICED"})
                    @RequestParam(required = false)
                    String status,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        DmcaTakedownPage page = Queries.ask(
                queries,
                new ListDmcaTakedownsQuery(
                        status(status), after == null ? null : after.at(), after == null ? null : after.id(), size),
                ResponseTypes.instanceOf(DmcaTakedownPage.class));
        return new DmcaTakedownList(
                page.items(),
                PageCursor.next(
                        page.items(), page.more(), DmcaTakedownResponse::submittedAt, DmcaTakedownResponse::id));
    }

    @ReadsFrom(ReadModels.DMCA)
    @Operation(
            operationId = "listDmcaInfringers",
            summary = "Repeat infringers: authors with at least `minimum` (default 2) pieces of content taken down on"
                    + " approved notices, most first (DMCA agents: administrators)")
    @GetMapping("/infringers")
    public DmcaInfringerList infringers(@RequestParam(required = false) Integer minimum) {
        int least = minimum == null ? 2 : minimum;
        if (least < 1 || least > 1000) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST, "invalid-minimum", "minimum must be between 1 and 1000", "minimum");
        }
        return Queries.ask(
                queries, new ListDmcaInfringersQuery(least, 1000), ResponseTypes.instanceOf(DmcaInfringerList.class));
    }

    @Operation(
            operationId = "decideDmcaTakedown",
            summary = "Approve (the content is taken down and its author told) or reject a notice, once (DMCA"
                    + " agents: administrators)")
    @ApiResponse(responseCode = "200", description = "DmcaDecided")
    @ApiResponse(responseCode = "409", description = "DmcaDecided already (`takedown-already-decided`)")
    @PostMapping("/takedowns/{id}/decision")
    public DmcaDecided decide(
            @PathVariable String id, @Valid @RequestBody DmcaDecisionRequest body, Principal principal) {
        takedowns.decide(UserId.of(principal.getName()), id, body.decision(), body.reason());
        return new DmcaDecided(id, body.decision().strip().toUpperCase(Locale.ROOT));
    }

    @Operation(
            operationId = "fileDmcaCounterNotice",
            summary = "Dispute a takedown of your content with a counter-notice, once; the claimant is told (the"
                    + " content's author only)")
    @ApiResponse(responseCode = "201", description = "Filed")
    @ApiResponse(
            responseCode = "409",
            description = "The notice is not approved (`takedown-not-approved`) or was counter-noticed already")
    @ApiResponse(responseCode = "422", description = "Statement or signature missing (each named in `errors`)")
    @PostMapping("/takedowns/{id}/counter-notice")
    public ResponseEntity<DmcaCounterNoticed> counterNotice(
            @PathVariable String id, @Valid @RequestBody DmcaCounterNoticeRequest body, Principal principal) {
        takedowns.counterNotice(UserId.of(principal.getName()), id, body.statement(), body.signature());
        return ResponseEntity.status(HttpStatus.CREATED).body(new DmcaCounterNoticed(id, DmcaStatus.COUNTER_NOTICED));
    }

    @Operation(
            operationId = "recordDmcaCourtAction",
            summary = "Record that the claimant filed an action seeking a court order against the author: the"
                    + " counter-noticed content is then not restored when the waiting period ends (DMCA agents:"
                    + " administrators)")
    @ApiResponse(responseCode = "200", description = "Recorded: the notice is IN_COURT")
    @ApiResponse(
            responseCode = "409",
            description = "The notice is not counter-noticed, or its content was restored already"
                    + " (`takedown-not-counter-noticed`)")
    @PostMapping("/takedowns/{id}/court-action")
    public DmcaCourtActionRecorded courtAction(
            @PathVariable String id,
            @Valid @RequestBody(required = false) DmcaCourtActionRequest body,
            Principal principal) {
        takedowns.courtAction(UserId.of(principal.getName()), id, body == null ? null : body.note());
        return new DmcaCourtActionRecorded(id, DmcaStatus.IN_COURT);
    }

    private static DmcaStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return EnumNames.parse(DmcaStatus.class, status)
                .orElseThrow(() -> Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-status",
                        "status is PENDING, APPROVED, REJECTED, COUNTER_NOTICED, IN_COURT or RESTORED",
                        "status"));
    }
}
