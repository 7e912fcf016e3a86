package org.muejam.infra.legal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.legal.application.CookieConsents;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.StoredHeaders;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.ConsentStatusResponse;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;
import org.muejam.shared.legal.FindConsentStatusQuery;
import org.muejam.shared.legal.RecordConsentCommand;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's consents to legal documents, and the cookie choices of a person or an anonymous browser session. */
@Tag(name = "consent")
@RestController
@RequestMapping("/api/legal")
public class ConsentController {

    public record ConsentRequest(
            @NotBlank @Size(max = 64) String documentType,
            @NotBlank @Size(max = 64) String version) {}

    public record ConsentResponse(String documentType, String version) {}

    public record CookieConsentRequest(
            Boolean essential,
            @NotNull Boolean analytics,
            @NotNull Boolean marketing,

            @Size(min = 8, max = 128) @Pattern(regexp = "[A-Za-z0-9._-]+")
            String sessionId) {}

    public record CookieConsentResponse(String holder, boolean essential, boolean analytics, boolean marketing) {}

    private final CommandGateway commands;
    private final CookieConsents cookieConsents;
    private final QueryGateway queries;

    public ConsentController(CommandGateway commands, CookieConsents cookieConsents, QueryGateway queries) {
        this.commands = commands;
        this.cookieConsents = cookieConsents;
        this.queries = queries;
    }

    @Operation(operationId = "recordConsent", summary = "Consent to a version of a legal document")
    @PostMapping("/consent")
    @ResponseStatus(HttpStatus.CREATED)
    public ConsentResponse consent(
            @Valid @RequestBody ConsentRequest body, Principal principal, HttpServletRequest request) {
        DocumentType type = DocumentType.fromSlug(body.documentType())
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "unknown-document-type",
                        "documentType",
                        "unknown document type '" + body.documentType() + "'"));
        commands.sendAndWait(new RecordConsentCommand(
                UserId.of(principal.getName()),
                new DocumentVersion(type, body.version()),
                ClientAddress.of(request),
                StoredHeaders.userAgent(request)));
        return new ConsentResponse(type.slug(), body.version());
    }

    /** The active documents that need the signed-in user's consent and have not had it (new versions included). */
    @ReadsFrom({ReadModels.LEGAL_DOCUMENTS, ReadModels.CONSENTS})
    @Operation(
            operationId = "getConsentStatus",
            summary = "The documents in effect that still need the signed-in user's consent")
    @GetMapping("/consent/status")
    public ConsentStatusResponse status(Principal principal) {
        return Queries.ask(
                queries,
                new FindConsentStatusQuery(principal.getName()),
                ResponseTypes.instanceOf(ConsentStatusResponse.class));
    }

    /** Cookie choices of the signed-in user, or of an anonymous browser session named by sessionId. */
    @Operation(
            operationId = "recordCookieConsent",
            summary = "Record cookie choices, of the signed-in user or an anonymous session")
    @PutMapping("/cookie-consent")
    public CookieConsentResponse cookieConsent(@Valid @RequestBody CookieConsentRequest body, Principal principal) {
        String holder = cookieConsents.record(
                principal == null ? null : principal.getName(),
                body.sessionId(),
                body.essential(),
                body.analytics(),
                body.marketing());
        return new CookieConsentResponse(holder, true, body.analytics(), body.marketing());
    }
}
