package org.muejam.infra.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.privacy.application.PrivacyPreferences;
import org.muejam.command.shared.Queries;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.ConsentHistoryResponse;
import org.muejam.shared.privacy.FindConsentHistoryQuery;
import org.muejam.shared.privacy.PrivacySettings;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every consent the signed-in person gave or withdrew, and the withdrawal of an optional one. */
@Tag(name = "consent")
@RestController
@RequestMapping("/api/consent")
public class ConsentHistoryController {

    public record WithdrawRequest(
            @NotBlank @Size(max = PrivacyPreferences.MAX_PURPOSE)
            String purpose) {}

    private final PrivacyPreferences preferences;
    private final QueryGateway queries;

    public ConsentHistoryController(PrivacyPreferences preferences, QueryGateway queries) {
        this.preferences = preferences;
        this.queries = queries;
    }

    @ReadsFrom(ReadModels.CONSENTS)
    @Operation(
            operationId = "getConsentHistory",
            summary = "Every consent given or withdrawn, with its time, oldest first")
    @GetMapping("/history")
    public ConsentHistoryResponse history(Principal principal) {
        return Queries.ask(
                queries,
                new FindConsentHistoryQuery(UserId.of(principal.getName())),
                ResponseTypes.instanceOf(ConsentHistoryResponse.class));
    }

    @Operation(
            operationId = "withdrawConsent",
            summary = "Withdraw an optional consent (analytics, marketing); what it allowed stops at once")
    @PostMapping("/withdraw")
    public PrivacySettings withdraw(@Valid @RequestBody WithdrawRequest body, Principal principal) {
        return preferences.withdraw(UserId.of(principal.getName()), body.purpose());
    }
}
