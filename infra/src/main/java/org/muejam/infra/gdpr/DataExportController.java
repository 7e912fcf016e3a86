package org.muejam.infra.gdpr;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.gdpr.application.DataExports;
import org.muejam.command.gdpr.application.ExportRateLimited;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.gdpr.DataExportResponse;
import org.muejam.shared.gdpr.DataExportStatus;
import org.muejam.shared.gdpr.FindDataExportQuery;
import org.muejam.shared.gdpr.GdprIds;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's copy of their data (GDPR article 15 and 20): asked for once per 24 hours, built in the background
 * (progress 0-100), then downloadable through a signed link for 7 days; only its owner sees an export.
 */
@Tag(name = "gdpr")
@RestController
@RequestMapping("/api/gdpr/export")
public class DataExportController {

    public record Requested(String exportId) {}

    public record ExportView(
            String exportId,
            DataExportStatus status,
            int progress,
            Instant requestedAt,
            Instant readyAt,
            Instant expiresAt,
            String downloadUrl,
            Long sizeBytes) {}

    private final DataExports exports;
    private final QueryGateway queries;
    private final ExportDelivery delivery;
    private final ExportLinks links;
    private final BlobStore blobs;
    private final Clock clock;

    public DataExportController(
            DataExports exports,
            QueryGateway queries,
            ExportDelivery delivery,
            ExportLinks links,
            BlobStore blobs,
            Clock clock) {
        this.exports = exports;
        this.queries = queries;
        this.delivery = delivery;
        this.links = links;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Operation(
            operationId = "requestDataExport",
            summary = "Ask for a copy of everything the platform holds about you (once per 24 hours)")
    @ApiResponse(responseCode = "202", description = "Accepted: the export is being built")
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests: one export per 24 hours (nextExportAt, Retry-After)")
    @PostMapping
    public ResponseEntity<Requested> request(Principal principal) {
        String id = exports.request(UserId.of(principal.getName()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/gdpr/export/" + id))
                .body(new Requested(id));
    }

    @ReadsFrom(ReadModels.DATA_EXPORTS)
    @Operation(
            operationId = "getDataExport",
            summary = "An export of yours: PENDING (with progress), READY (with its download link) or EXPIRED")
    @ApiResponse(responseCode = "200", description = "The export")
    @ApiResponse(responseCode = "404", description = "No export of yours with this id")
    @GetMapping("/{exportId}")
    public ExportView get(@PathVariable String exportId, Principal principal) {
        DataExportResponse export = find(exportId)
                .filter(found -> found.userId().equals(principal.getName()))
                .orElseThrow(DataExportController::unknown);
        String url = export.status() == DataExportStatus.READY
                ? delivery.downloadUrl(export).toString()
                : null;
        return new ExportView(
                export.exportId(),
                export.status(),
                export.progress(),
                export.requestedAt(),
                export.readyAt(),
                export.expiresAt(),
                url,
                export.sizeBytes());
    }

    @ReadsFrom(ReadModels.DATA_EXPORTS)
    @Operation(
            operationId = "downloadDataExport",
            summary = "Download an export through its signed link (no sign-in: the signature is the credential)")
    @ApiResponse(responseCode = "200", description = "The export's JSON file")
    @ApiResponse(responseCode = "403", description = "The signature does not match the export and the link's end")
    @ApiResponse(responseCode = "410", description = "The link has ended, or the export expired and its file is gone")
    @GetMapping(value = "/{exportId}/download", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> download(
            @PathVariable String exportId, @RequestParam long expires, @RequestParam String signature) {
        if (!GdprIds.isExport(exportId) || !links.signed(exportId, expires, signature)) {
            throw Problems.of(
                    HttpStatus.FORBIDDEN,
                    "invalid-export-signature",
                    "this link was not issued for this export and end, or was changed",
                    "signature");
        }
        if (clock.instant().getEpochSecond() >= expires) {
            throw Problems.of(HttpStatus.GONE, "export-link-expired", "this download link has ended", "expires");
        }
        DataExportResponse export = find(exportId)
                .filter(found -> found.status() == DataExportStatus.READY && found.fileKey() != null)
                .orElseThrow(() -> Problems.of(
                        HttpStatus.GONE, "export-expired", "this export has expired and its file is deleted"));
        BlobStore.Blob file = blobs.get(export.fileKey())
                .orElseThrow(() -> Problems.of(
                        HttpStatus.GONE, "export-expired", "this export has expired and its file is deleted"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"muejam-export.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    @ExceptionHandler(ExportRateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(ExportRateLimited refusal, HttpServletRequest request) {
        ProblemDetail problem =
                ProblemWriter.problem(429, "export-rate-limited", "Too Many Requests", refusal.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("nextExportAt", refusal.nextExportAt().toString());
        long seconds = Math.max(
                1, (Duration.between(clock.instant(), refusal.nextExportAt()).toMillis() + 999) / 1000);
        return ResponseEntity.status(429)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Optional<DataExportResponse> find(String exportId) {
        if (!GdprIds.isExport(exportId)) {
            return Optional.empty();
        }
        return Queries.optional(queries, new FindDataExportQuery(exportId), DataExportResponse.class);
    }

    private static RuntimeException unknown() {
        return Problems.of(HttpStatus.NOT_FOUND, "export-not-found", "no export of yours with this id");
    }
}
