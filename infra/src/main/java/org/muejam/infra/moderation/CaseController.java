package org.muejam.infra.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.muejam.command.moderation.application.CaseDecisions;
import org.muejam.command.moderation.application.NsfwOverrides;
import org.muejam.shared.identity.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moderators claim cases and act on them (decision 0034). What a role may do is the role matrix; an action names the
 * case version the moderator saw, and a case that changed since answers 409.
 */
@Tag(name = "moderation")
@RestController
public class CaseController {

    public record ActionRequest(
            @NotBlank @Size(max = 64) String caseId,

            @Schema(allowableValues = {"DISMISS", "WARN", "HIDE", "DELETE", "SUSPEND", "SHADOWBAN"})
            @NotBlank
            @Size(max = 16)
            String action,

            @Size(max = 1000) String reason,

            @Schema(description = "days of a SUSPEND (1 to 3650); absent: permanent")
            Integer durationDays,

            @Schema(description = "the case's version the moderator saw (GET /api/moderation/reports/{caseId})")
            Long version) {}

    public record CaseAnswer(String caseId, String status) {}

    public record NsfwOverrideRequest(
            @Schema(allowableValues = {"story", "image"}) @NotBlank @Size(max = 16)
            String contentType,

            @NotBlank @Size(max = 64) String contentId,
            Boolean nsfw,
            @Size(max = 1000) String reason) {}

    public record NsfwOverridden(String contentType, String contentId, boolean nsfw) {}

    private final CaseDecisions decisions;
    private final NsfwOverrides overrides;

    public CaseController(CaseDecisions decisions, NsfwOverrides overrides) {
        this.decisions = decisions;
        this.overrides = overrides;
    }

    @Operation(
            operationId = "overrideNsfw",
            summary =
                    "Set the NSFW classification of a story or an image over the author's and the filter's (moderators)")
    @PostMapping("/api/moderation/nsfw-overrides")
    public NsfwOverridden overrideNsfw(@Valid @RequestBody NsfwOverrideRequest body, Authentication caller) {
        overrides.override(
                UserId.of(caller.getName()),
                CallerRole.of(caller),
                body.contentType(),
                body.contentId(),
                body.nsfw(),
                body.reason());
        return new NsfwOverridden(
                body.contentType().strip().toLowerCase(java.util.Locale.ROOT), body.contentId(), body.nsfw());
    }

    @Operation(
            operationId = "claimCase",
            summary = "Claim a case: others see it claimed and may not act on it until the claim expires (moderators)")
    @PostMapping("/api/moderation/cases/{caseId}/claim")
    public CaseAnswer claim(@PathVariable String caseId, Authentication caller) {
        decisions.claim(UserId.of(caller.getName()), CallerRole.of(caller), caseId);
        return new CaseAnswer(caseId, "CLAIMED");
    }

    @Operation(
            operationId = "takeModerationAction",
            summary = "Resolve a case with an action the moderator's role allows; 409 when the case changed since")
    @PostMapping("/api/moderation/actions")
    public CaseAnswer act(@Valid @RequestBody ActionRequest body, Authentication caller) {
        decisions.act(
                UserId.of(caller.getName()),
                CallerRole.of(caller),
                body.caseId(),
                body.action(),
                body.reason(),
                body.durationDays(),
                body.version());
        return new CaseAnswer(body.caseId(), "RESOLVED");
    }
}
