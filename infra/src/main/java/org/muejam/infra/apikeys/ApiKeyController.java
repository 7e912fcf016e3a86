package org.muejam.infra.apikeys;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.apikeys.application.ApiKeyManagement;
import org.muejam.command.shared.Queries;
import org.muejam.infra.security.SecuritySettings;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.FindApiKeyQuery;
import org.muejam.shared.apikeys.ListApiKeysQuery;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.muejam.shared.security.Sha256;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's API keys: listing, creating, rotating and revoking them. The key text is in the answer once and
 * nowhere else.
 */
@Tag(name = "api-keys")
@RestController
@RequestMapping("/api/keys")
public class ApiKeyController {

    public record CreateRequest(
            @NotBlank @Size(max = ApiKeyManagement.MAX_NAME_LENGTH)
            String name,

            Instant expiresAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyResponse(String id, String key, String name, Instant expiresAt, Instant previousKeyValidUntil) {}

    /** A key as its owner sees it: everything but the secret. */
    public record KeyView(
            String id,
            String name,
            String status,
            Instant createdAt,
            Instant expiresAt,
            Instant rotatedAt,
            Instant previousKeyValidUntil,
            Instant revokedAt) {}

    public record KeyList(List<KeyView> items) {}

    private final ApiKeyManagement management;
    private final QueryGateway queries;
    private final SecuritySettings settings;
    private final Clock clock;

    public ApiKeyController(ApiKeyManagement management, QueryGateway queries, SecuritySettings settings, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @ReadsFrom(ReadModels.API_KEYS)
    @Operation(operationId = "listMyApiKeys", summary = "The signed-in user's API keys (no secrets)")
    @GetMapping
    public KeyList mine(Principal principal) {
        Instant now = clock.instant();
        List<ApiKeyResponse> keys = Queries.ask(
                queries,
                new ListApiKeysQuery(principal.getName()),
                ResponseTypes.multipleInstancesOf(ApiKeyResponse.class));
        return new KeyList(keys.stream()
                .map(key -> new KeyView(
                        key.id(),
                        key.name(),
                        key.status(now),
                        key.createdAt(),
                        key.expiresAt(),
                        key.rotatedAt(),
                        key.previousValidUntil() != null && now.isBefore(key.previousValidUntil())
                                ? key.previousValidUntil()
                                : null,
                        key.revokedAt()))
                .toList());
    }

    @Operation(operationId = "createApiKey", summary = "Create an API key; the key is shown this once")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    public ResponseEntity<KeyResponse> create(@Valid @RequestBody CreateRequest body, Principal principal) {
        String secret = ApiKeySecrets.newSecret();
        String keyId =
                management.create(UserId.of(principal.getName()), body.name(), Sha256.hex(secret), body.expiresAt());
        return ResponseEntity.created(URI.create("/api/keys/" + keyId))
                .body(new KeyResponse(
                        keyId, ApiKeySecrets.text(keyId, secret), body.name().strip(), body.expiresAt(), null));
    }

    @Operation(operationId = "rotateApiKey", summary = "Replace a key's secret; the old one works a while longer")
    @PostMapping("/{id}/rotate")
    public KeyResponse rotate(@PathVariable String id, Principal principal) {
        String secret = ApiKeySecrets.newSecret();
        management.rotate(id, UserId.of(principal.getName()), Sha256.hex(secret), settings.apiKeyRotationOverlap());
        ApiKeyResponse rotated = Queries.ask(
                        queries, new FindApiKeyQuery(id), ResponseTypes.optionalInstanceOf(ApiKeyResponse.class))
                .orElseThrow();
        return new KeyResponse(
                id, ApiKeySecrets.text(id, secret), rotated.name(), rotated.expiresAt(), rotated.previousValidUntil());
    }

    @Operation(operationId = "revokeApiKey", summary = "Revoke a key, both secrets")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id, Principal principal) {
        management.revoke(id, UserId.of(principal.getName()));
        return ResponseEntity.noContent().build();
    }
}
