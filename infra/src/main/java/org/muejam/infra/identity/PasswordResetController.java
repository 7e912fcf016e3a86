package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.muejam.command.identity.application.PasswordReset;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "identity")
@RestController
@RequestMapping("/api/auth/password-reset")
public class PasswordResetController {

    public record ResetRequest(
            @NotBlank @Email @Size(max = 320) String email) {}

    public record ResetConfirmation(
            @NotBlank @Size(max = 512) String token,
            @NotBlank @Size(max = 128) String newPassword) {}

    private final PasswordReset resets;

    public PasswordResetController(PasswordReset resets) {
        this.resets = resets;
    }

    @Operation(
            operationId = "requestPasswordReset",
            summary = "Mail a password-reset link, if an account uses the address")
    @PostMapping("/request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> request(@Valid @RequestBody ResetRequest body) {
        resets.request(body.email());
        return Map.of("status", "if an account uses this address, a reset link is on its way");
    }

    @Operation(
            operationId = "confirmPasswordReset",
            summary = "Set a new password with the token from the mail; signs out every session")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    @PostMapping("/confirm")
    public ResponseEntity<Void> confirm(@Valid @RequestBody ResetConfirmation body) {
        resets.confirm(body.token(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
