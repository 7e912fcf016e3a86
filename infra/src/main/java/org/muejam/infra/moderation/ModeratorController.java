package org.muejam.infra.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import org.muejam.command.moderation.application.ModeratorRoles;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ModeratorList;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators give and take the moderation roles (decision 0033): MODERATOR, SENIOR_MODERATOR, ADMINISTRATOR.
 * The role is in the account's next access token (a sign-in or a refresh).
 */
@Tag(name = "moderation")
@RestController
@RequestMapping("/api/moderation/moderators")
public class ModeratorController {

    public record ModeratorRequest(
            @NotBlank @Size(max = UserId.MAX_LENGTH) String userId,

            @Schema(allowableValues = {"MODERATOR", "SENIOR_MODERATOR", "ADMINISTRATOR"}) @NotBlank @Size(max = 32)
            String role) {}

    public record Granted(String userId, String role) {}

    private final ModeratorRoles roles;

    public ModeratorController(ModeratorRoles roles) {
        this.roles = roles;
    }

    @Operation(
            operationId = "grantModeratorRole",
            summary = "Give an account a moderation role, replacing the one it held (administrators)")
    @PostMapping
    public ResponseEntity<Granted> grant(@Valid @RequestBody ModeratorRequest body, Principal principal) {
        roles.grant(UserId.of(principal.getName()), body.userId(), body.role());
        String role = body.role().strip().toUpperCase(java.util.Locale.ROOT);
        return ResponseEntity.created(URI.create("/api/moderation/moderators/" + body.userId()))
                .body(new Granted(body.userId(), role));
    }

    @ReadsFrom(ReadModels.USERS)
    @Operation(operationId = "listModerators", summary = "The accounts holding a moderation role (administrators)")
    @GetMapping
    public ModeratorList list() {
        return roles.list();
    }

    @Operation(
            operationId = "revokeModeratorRole",
            summary = "Take an account's moderation role away: it is a plain user again (administrators; not your own)")
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id, Principal principal) {
        roles.revoke(UserId.of(principal.getName()), id);
        return ResponseEntity.noContent().build();
    }
}
