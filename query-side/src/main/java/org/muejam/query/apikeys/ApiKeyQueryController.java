package org.muejam.query.apikeys;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ReadsFrom(ReadModels.API_KEYS)
@RequestMapping("/api/keys")
public class ApiKeyQueryController {

    /** A key as its owner sees it: everything but the secret. */
    public record ApiKeyResponse(
            String id,
            String name,
            String status,
            Instant createdAt,
            Instant expiresAt,
            Instant rotatedAt,
            Instant previousKeyValidUntil,
            Instant revokedAt) {}

    public record ApiKeyList(List<ApiKeyResponse> items) {}

    private final ApiKeyReader keys;
    private final Clock clock;

    public ApiKeyQueryController(ApiKeyReader keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @GetMapping
    public ApiKeyList mine(Principal principal) {
        Instant now = clock.instant();
        return new ApiKeyList(keys.byOwner(principal.getName()).stream()
                .map(key -> new ApiKeyResponse(
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
}
