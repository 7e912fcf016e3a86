package org.muejam.infra.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.shared.audit.AggregateStateResponse;
import org.muejam.shared.audit.AuditEventsResponse;
import org.muejam.shared.audit.FindAggregateStateQuery;
import org.muejam.shared.audit.ListAggregateEventsQuery;
import org.muejam.shared.audit.ListSubjectEventsQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Event history for audits: an aggregate's whole stream, its state as of an instant (rebuilt from its events),
 * and everything by or about one person. Streams are written as they are read, as a JSON array or as NDJSON
 * when the client accepts application/x-ndjson. Values marked {@code @Secret} are shown redacted in every view.
 */
@Tag(name = "history")
@RestController
@RequestMapping("/api/admin/history")
public class HistoryController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final QueryGateway queries;
    private final ObjectMapper json;

    public HistoryController(QueryGateway queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** Documented with {@link #aggregate}: one path and method is one operation in the API document. */
    @Hidden
    @GetMapping(value = "/aggregates/{type}/{id}", params = "asOf")
    public AggregateStateResponse aggregateAsOf(
            @PathVariable String type, @PathVariable String id, @RequestParam String asOf) {
        return Queries.ask(
                queries,
                new FindAggregateStateQuery(type, id, instant(asOf)),
                ResponseTypes.instanceOf(AggregateStateResponse.class));
    }

    @Operation(
            operationId = "getAggregateHistory",
            summary = "An aggregate's events (a JSON array, or NDJSON), or with asOf its state at that instant",
            parameters =
                    @Parameter(
                            name = "asOf",
                            in = ParameterIn.QUERY,
                            description = "an ISO-8601 instant: the answer is the aggregate rebuilt from its events up"
                                    + " to it (AggregateStateResponse) instead of the events",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "200",
            description = "The events, oldest first. With asOf the answer is instead the aggregate's state, an"
                    + " AggregateStateResponse (one schema per answer keeps generated clients compilable)",
            content = {
                @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object"))),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))
            })
    @GetMapping("/aggregates/{type}/{id}")
    public ResponseEntity<StreamingResponseBody> aggregate(
            @PathVariable String type,
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return streamed(new ListAggregateEventsQuery(type, id), accept);
    }

    /** Every event by or about the person (as actor, as data subject, or on their account), in log order. */
    @Operation(
            operationId = "listSubjectEvents",
            summary = "Every event by or about one person (a JSON array, or NDJSON)")
    @ApiResponse(
            responseCode = "200",
            description = "The events, in log order",
            content = {
                @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object"))),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))
            })
    @GetMapping("/subjects/{userId}")
    public ResponseEntity<StreamingResponseBody> subject(
            @PathVariable String userId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return streamed(new ListSubjectEventsQuery(userId), accept);
    }

    private ResponseEntity<StreamingResponseBody> streamed(Object query, String accept) {
        Iterator<Map<String, Object>> events = Queries.ask(
                        queries, query, ResponseTypes.instanceOf(AuditEventsResponse.class))
                .events();
        boolean ndjson = accept != null && accept.contains(NDJSON.toString());
        StreamingResponseBody body = out -> write(out, ndjson, events);
        return ResponseEntity.ok()
                .contentType(ndjson ? NDJSON : MediaType.APPLICATION_JSON)
                .body(body);
    }

    private void write(OutputStream out, boolean ndjson, Iterator<Map<String, Object>> items) throws IOException {
        if (ndjson) {
            while (items.hasNext()) {
                out.write(json.writeValueAsBytes(items.next()));
                out.write('\n');
            }
            out.flush();
            return;
        }
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartArray();
            while (items.hasNext()) {
                json.writeValue(generator, items.next());
            }
            generator.writeEndArray();
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "asOf must be an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                    "asOf");
        }
    }
}
