package org.muejam.infra.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.muejam.command.moderation.application.CaseDecisions;
import org.muejam.shared.identity.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authors appeal their strikes within 20 days; a moderator other than the one who acted decides. An upheld appeal
 * reverses the action and overrules the strike (decision 0034).
 */
@Tag(name = "moderation")
@RestController
public class AppealController {

    public record AppealRequest(
            @NotBlank @Size(max = 64) String strikeId,
            @NotBlank @Size(max = 5000) String text) {}

    public record AppealFiled(String appealId) {}

    public record DecisionRequest(
            @Schema(allowableValues = {"UPHOLD", "DENY"}) @NotBlank @Size(max = 16)
            String decision,

            @Size(max = 1000) String reason) {}

    public record AppealAnswer(String appealId, String decision) {}

    private final CaseDecisions decisions;

    public AppealController(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Operation(operationId = "fileAppeal", summary = "Appeal one of your strikes, within 20 days of it")
    @PostMapping("/api/appeals")
    public ResponseEntity<AppealFiled> appeal(@Valid @RequestBody AppealRequest body, Authentication caller) {
        String appealId = decisions.appeal(UserId.of(caller.getName()), body.strikeId(), body.text());
        return ResponseEntity.created(URI.create("/api/appeals/" + appealId)).body(new AppealFiled(appealId));
    }

    @Operation(
            operationId = "decideAppeal",
            summary = "Uphold or deny an appeal (moderators other than the one who acted); UPHOLD reverses the action")
    @PostMapping("/api/appeals/{id}/decision")
    public AppealAnswer decide(
            @PathVariable String id, @Valid @RequestBody DecisionRequest body, Authentication caller) {
        decisions.decide(UserId.of(caller.getName()), CallerRole.of(caller), id, body.decision(), body.reason());
        return new AppealAnswer(id, body.decision().strip().toUpperCase(java.util.Locale.ROOT));
    }
}
