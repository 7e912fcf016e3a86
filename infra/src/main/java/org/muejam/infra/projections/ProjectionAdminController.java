package org.muejam.infra.projections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.muejam.infra.web.Problems;
import org.muejam.shared.identity.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projection operations: where each processing group stands, rebuilding one from the start of the log, and the
 * events it parked in its dead-letter queue (listed, retried, evicted with a reason that is kept as an event).
 */
@Tag(name = "projections")
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    public record ProjectionStatus(
            String name,
            String status,
            long position,
            long head,
            long lag,
            int segments,
            boolean replaying,
            long deadLetters,
            String error) {}

    public record DeadLetterList(List<DeadLetters.Letter> items) {}

    public record EvictRequest(@NotBlank @Size(max = 1000) String reason) {}

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ProjectionPositions positions;
    private final DeadLetters deadLetters;

    public ProjectionAdminController(
            EventProcessingConfiguration processing,
            EventStore events,
            ProjectionPositions positions,
            DeadLetters deadLetters) {
        this.processing = processing;
        this.events = events;
        this.positions = positions;
        this.deadLetters = deadLetters;
    }

    @Operation(operationId = "listProjections", summary = "Every projection: status, position, lag, dead letters")
    @GetMapping
    public List<ProjectionStatus> list() {
        long head = ProjectionPositions.position(events.createHeadToken());
        Map<String, List<TrackingToken>> committed = positions.tokens();
        Map<String, DeadLetters.Parked> parked = deadLetters.parked();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(p -> status(
                        p,
                        head,
                        committed.getOrDefault(p.getName(), List.of()),
                        parked.getOrDefault(p.getName(), DeadLetters.Parked.NONE)))
                .toList();
    }

    @Operation(operationId = "listDeadLetters", summary = "The events a projection has parked")
    @GetMapping("/{name}/dead-letters")
    public DeadLetterList deadLetters(@PathVariable String name) {
        requireProcessor(name);
        return new DeadLetterList(deadLetters.list(name).orElse(List.of()));
    }

    /** Hands the sequence's parked events to the projection again; what remains parked shows in the answer. */
    @Operation(operationId = "retryDeadLetters", summary = "Hand a parked sequence to the projection again")
    @ApiResponse(responseCode = "202", description = "Retried; what stays parked shows in the answer")
    @PostMapping("/{name}/dead-letters/{sequenceId}/retry")
    public ResponseEntity<DeadLetters.Retried> retry(@PathVariable String name, @PathVariable String sequenceId) {
        requireSequence(name, sequenceId);
        return ResponseEntity.accepted().body(deadLetters.retry(name, sequenceId));
    }

    /** Gives up on the sequence's parked events; the DeadLetterEvictedEvent names who, which events and why. */
    @Operation(operationId = "evictDeadLetters", summary = "Give up on a parked sequence, with a reason that is kept")
    @ApiResponse(responseCode = "204", description = "Evicted")
    @DeleteMapping("/{name}/dead-letters/{sequenceId}")
    public ResponseEntity<Void> evict(
            @PathVariable String name,
            @PathVariable String sequenceId,
            @Valid @RequestBody EvictRequest body,
            Principal principal) {
        requireSequence(name, sequenceId);
        List<String> evicted = deadLetters.evict(name, sequenceId, UserId.of(principal.getName()), body.reason());
        if (evicted.isEmpty()) {
            throw sequenceNotFound(name, sequenceId);
        }
        return ResponseEntity.noContent().build();
    }

    private EventProcessor requireProcessor(String name) {
        return processing
                .eventProcessor(name)
                .orElseThrow(() ->
                        problem(HttpStatus.NOT_FOUND, "projection-not-found", "no projection named '" + name + "'"));
    }

    private void requireSequence(String name, String sequenceId) {
        requireProcessor(name);
        if (!deadLetters.contains(name, sequenceId)) {
            throw sequenceNotFound(name, sequenceId);
        }
    }

    private static ErrorResponseException sequenceNotFound(String name, String sequenceId) {
        return problem(
                HttpStatus.NOT_FOUND,
                "dead-letter-not-found",
                name + " has no parked events for sequence '" + sequenceId + "'");
    }

    /**
     * Resets the projection's tokens and replays the whole log into it; progress shows in the listing. The reset
     * empties its dead-letter queue: the replay meets those events again and parks the ones that still fail.
     */
    @Operation(operationId = "rebuildProjection", summary = "Replay the whole event log into a projection")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; progress shows in the listing")
    @ApiResponse(
            responseCode = "409",
            description = "Conflict: the projection cannot be replayed, or is already rebuilding")
    @PostMapping("/{name}/rebuild")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        EventProcessor processor = requireProcessor(name);
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw problem(HttpStatus.CONFLICT, "projection-not-rebuildable", name + " cannot be replayed");
        }
        if (streaming.isReplaying()) {
            throw problem(HttpStatus.CONFLICT, "projection-rebuild-in-progress", name + " is already rebuilding");
        }
        streaming.shutdownAsync().join();
        try {
            streaming.resetTokens();
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw problem(
                    HttpStatus.CONFLICT,
                    "projection-rebuild-refused",
                    "cannot reset " + name + " now: its position is still held by a running processor on this or "
                            + "another node; try again shortly");
        } finally {
            streaming.start();
        }
        return ResponseEntity.accepted()
                .body(status(
                        processor,
                        ProjectionPositions.position(events.createHeadToken()),
                        positions.tokens().getOrDefault(name, List.of()),
                        deadLetters.parked(name)));
    }

    /**
     * Position is the slowest committed segment's; a replay shows until every segment has passed the reset. A
     * projection with parked events, or one retrying a failed event, is DEGRADED: it goes on with everything else.
     */
    private static ProjectionStatus status(
            EventProcessor processor, long head, List<TrackingToken> committed, DeadLetters.Parked parked) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatus(
                    processor.getName(),
                    !processor.isRunning() ? "STOPPED" : parked.count() > 0 ? "DEGRADED" : "RUNNING",
                    head,
                    head,
                    0,
                    0,
                    false,
                    parked.count(),
                    parked.lastError());
        }
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        long position = ProjectionPositions.slowest(committed);
        String failing = segments.values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(s -> describe(s.getError()))
                .findFirst()
                .orElse(null);
        boolean replaying =
                streaming.isReplaying() || committed.stream().anyMatch(token -> token instanceof ReplayToken);
        String state = !streaming.isRunning()
                ? "STOPPED"
                : replaying
                        ? "REPLAYING"
                        : failing != null || streaming.isError() || parked.count() > 0 ? "DEGRADED" : "RUNNING";
        return new ProjectionStatus(
                processor.getName(),
                state,
                position,
                head,
                Math.max(0, head - position),
                committed.size(),
                replaying,
                parked.count(),
                failing != null ? failing : parked.lastError());
    }

    /** The class and message of what failed: the innermost cause, as a parked letter records it. */
    private static String describe(Throwable error) {
        if (error == null) {
            return null;
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null
                ? ""
                : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getName() + ": " + message;
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return Problems.of(status, type, detail);
    }
}
