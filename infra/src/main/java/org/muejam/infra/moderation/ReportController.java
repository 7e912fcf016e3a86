package org.muejam.infra.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import org.muejam.command.moderation.application.Reports;
import org.muejam.command.moderation.application.Reports.FiledReport;
import org.muejam.shared.identity.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone signed in reports a story, chapter, whisper, comment or person (decision 0034). Reports on one item join
 * its open case; the reporter learns the outcome from {@code GET /api/me/reports}.
 */
@Tag(name = "moderation")
@RestController
public class ReportController {

    public record ReportRequest(
            @Schema(allowableValues = {"story", "chapter", "whisper", "comment", "user"}) @NotBlank @Size(max = 16)
            String contentType,

            @NotBlank @Size(max = 64) String contentId,

            @Schema(allowableValues = {"SPAM", "HARASSMENT", "HATE", "NSFW", "PII", "COPYRIGHT", "OTHER"})
            @NotBlank
            @Size(max = 16)
            String reason,

            @Size(max = 2000) String details) {}

    private final Reports reports;

    public ReportController(Reports reports) {
        this.reports = reports;
    }

    @Operation(
            operationId = "fileReport",
            summary = "Report content or a person to the moderators; reports on one item join one case")
    @PostMapping("/api/reports")
    public ResponseEntity<FiledReport> file(@Valid @RequestBody ReportRequest body, Principal principal) {
        FiledReport filed = reports.file(
                UserId.of(principal.getName()), body.contentType(), body.contentId(), body.reason(), body.details());
        return ResponseEntity.created(URI.create("/api/me/reports")).body(filed);
    }
}
