package org.muejam.infra.gdpr;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.muejam.command.gdpr.application.AccountDeletion;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.gdpr.DeletionRequestResponse;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The right to erasure: a person asks for their account to be deleted (with their password), may cancel within the
 * grace period, and reads where the request stands and, once done, its receipt.
 */
@Tag(name = "gdpr")
@RestController
@RequestMapping("/api/gdpr/delete")
public class DeletionController {

    public record DeleteRequest(@Size(max = 128) String password) {}

    public record Accepted(String requestId, Instant scheduledFor) {}

    /**
     * A request as anyone holding its id sees it: no account, no personal data. Once COMPLETED, {@code erased} and
     * {@code completedAt} are the receipt.
     */
    public record RequestView(
            String requestId,
            String status,
            Instant requestedAt,
            Instant scheduledFor,
            Instant cancelledAt,
            Instant completedAt,
            List<String> erased) {

        static RequestView of(DeletionRequestResponse request) {
            return new RequestView(
                    request.requestId(),
                    request.status().name(),
                    request.requestedAt(),
                    request.scheduledFor(),
                    request.cancelledAt(),
                    request.completedAt(),
                    request.erased());
        }
    }

    private final AccountDeletion deletion;

    public DeletionController(AccountDeletion deletion) {
        this.deletion = deletion;
    }

    /** A request without a body is refused by the use case as a missing password, naming the field. */
    @Operation(
            operationId = "requestAccountDeletion",
            summary = "Ask for the account to be erased after the grace period (needs the current password)")
    @ApiResponse(responseCode = "202", description = "The request is open; a mail carries the cancellation link")
    @ApiResponse(responseCode = "409", description = "A deletion request of this account is pending already")
    @PostMapping
    public ResponseEntity<Accepted> request(
            @Valid @RequestBody(required = false) DeleteRequest body, Principal principal) {
        DeletionRequestResponse request = deletion.request(principal.getName(), body == null ? null : body.password());
        return ResponseEntity.accepted()
                .location(URI.create("/api/gdpr/delete/" + request.requestId()))
                .body(new Accepted(request.requestId(), request.scheduledFor()));
    }

    @Operation(operationId = "cancelAccountDeletion", summary = "Cancel a deletion request within its grace period")
    @ApiResponse(responseCode = "200", description = "Cancelled (or cancelled already): the account stays")
    @ApiResponse(responseCode = "409", description = "The grace period is over")
    @PostMapping("/{id}/cancel")
    public RequestView cancel(@PathVariable String id, Principal principal) {
        return RequestView.of(deletion.cancel(principal.getName(), id));
    }

    @Operation(
            operationId = "getAccountDeletion",
            summary = "A deletion request's status and, once completed, its erasure receipt (no sign-in needed: the"
                    + " random id is the key, and nothing personal is shown)")
    @ReadsFrom(ReadModels.DELETIONS)
    @GetMapping("/{id}")
    public RequestView status(@PathVariable String id) {
        return RequestView.of(deletion.status(id));
    }
}
