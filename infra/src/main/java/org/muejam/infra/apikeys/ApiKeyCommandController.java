package org.muejam.infra.apikeys;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.apikeys.ApiKeyPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.security.SecuritySettings;
import org.muejam.query.apikeys.ApiKeyReader;
import org.muejam.shared.apikeys.CreateApiKeyCommand;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.apikeys.RotateApiKeyCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creating, rotating and revoking the caller's API keys. The key text is in the answer once and nowhere else. */
@RestController
@RequestMapping("/api/keys")
public class ApiKeyCommandController {

    public record CreateRequest(
            @NotBlank @Size(max = ApiKeyPolicy.MAX_NAME_LENGTH)
            String name,

            Instant expiresAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyResponse(String id, String key, String name, Instant expiresAt, Instant previousKeyValidUntil) {}

    private final CommandGateway commands;
    private final ApiKeyReader keys;
    private final SecuritySettings settings;

    public ApiKeyCommandController(CommandGateway commands, ApiKeyReader keys, SecuritySettings settings) {
        this.commands = commands;
        this.keys = keys;
        this.settings = settings;
    }

    @PostMapping
    public ResponseEntity<KeyResponse> create(@Valid @RequestBody CreateRequest body, Principal principal) {
        String keyId = ApiKeySecrets.newKeyId();
        String secret = ApiKeySecrets.newSecret();
        commands.sendAndWait(new CreateApiKeyCommand(
                keyId, UserId.of(principal.getName()), body.name(), Sha256.hex(secret), body.expiresAt()));
        return ResponseEntity.created(URI.create("/api/keys/" + keyId))
                .body(new KeyResponse(
                        keyId, ApiKeySecrets.text(keyId, secret), body.name().strip(), body.expiresAt(), null));
    }

    @PostMapping("/{id}/rotate")
    public KeyResponse rotate(@PathVariable String id, Principal principal) {
        requireKnown(id, principal);
        String secret = ApiKeySecrets.newSecret();
        commands.sendAndWait(new RotateApiKeyCommand(
                id, UserId.of(principal.getName()), Sha256.hex(secret), settings.apiKeyRotationOverlap()));
        ApiKeyReader.ApiKeyView rotated = keys.byId(id).orElseThrow();
        return new KeyResponse(
                id, ApiKeySecrets.text(id, secret), rotated.name(), rotated.expiresAt(), rotated.previousValidUntil());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id, Principal principal) {
        requireKnown(id, principal);
        commands.sendAndWait(new RevokeApiKeyCommand(id, UserId.of(principal.getName())));
        return ResponseEntity.noContent().build();
    }

    /** Ids that are no key of the caller's are missing, whether malformed, unknown or someone else's. */
    private void requireKnown(String id, Principal principal) {
        boolean known = ApiKeySecrets.isKeyId(id)
                && keys.byId(id)
                        .filter(key -> key.ownerId().equals(principal.getName()))
                        .isPresent();
        if (!known) {
            throw DomainRuleViolation.notFound("api-key-not-found", null, "you have no API key with this id");
        }
    }
}
