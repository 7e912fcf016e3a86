package org.muejam.infra.projections;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.muejam.query.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projection operations: where each processing group stands, and rebuilding one from the start of the log. */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    public record ProjectionStatus(String name, String status, long position, long head, long lag, int segments,
                                   boolean replaying, String error) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ProjectionPositions positions;

    public ProjectionAdminController(EventProcessingConfiguration processing, EventStore events,
                                     ProjectionPositions positions) {
        this.processing = processing;
        this.events = events;
        this.positions = positions;
    }

    @GetMapping
    public List<ProjectionStatus> list() {
        long head = position(events.createHeadToken());
        Map<String, List<TrackingToken>> committed = positions.tokens();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(p -> status(p, head, committed.getOrDefault(p.getName(), List.of())))
                .toList();
    }

    /** Resets the projection's tokens and replays the whole log into it; progress shows in the listing. */
    @PostMapping("/{name}/rebuild")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> problem(HttpStatus.NOT_FOUND,
                "projection-not-found", "no projection named '" + name + "'"));
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
            throw problem(HttpStatus.CONFLICT, "projection-rebuild-refused",
                    "cannot reset " + name + " now: " + e.getMessage());
        } finally {
            streaming.start();
        }
        return ResponseEntity.accepted().body(status(processor, position(events.createHeadToken()),
                positions.tokens().getOrDefault(name, List.of())));
    }

    /** Position is the slowest committed segment's; a replay shows until every segment has passed the reset. */
    private static ProjectionStatus status(EventProcessor processor, long head, List<TrackingToken> committed) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatus(processor.getName(), processor.isRunning() ? "RUNNING" : "STOPPED", head, head,
                    0, 0, false, null);
        }
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        long position = committed.isEmpty() ? -1 : committed.stream()
                .mapToLong(ProjectionAdminController::position).min().orElse(-1);
        String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
        boolean replaying = streaming.isReplaying()
                || committed.stream().anyMatch(token -> token instanceof ReplayToken);
        String state = error != null || streaming.isError() ? "ERROR"
                : !streaming.isRunning() ? "STOPPED"
                : replaying ? "REPLAYING" : "RUNNING";
        return new ProjectionStatus(processor.getName(), state, position, head, Math.max(0, head - position),
                committed.size(), replaying, error);
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return -1;
        }
        OptionalLong position = token.position();
        return position.orElse(-1);
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return Problems.of(status, type, detail);
    }
}
