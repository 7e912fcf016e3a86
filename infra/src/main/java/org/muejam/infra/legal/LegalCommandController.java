package org.muejam.infra.legal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.RequestMetadataInterceptor;
import org.muejam.infra.web.YearWithin;
import org.muejam.query.legal.DocumentTypes;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;
import org.muejam.shared.legal.PublishLegalDocumentCommand;
import org.muejam.shared.legal.RecordConsentCommand;
import org.muejam.shared.legal.RecordCookieConsentCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/legal")
public class LegalCommandController {

    static final String VERSION_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public record PublishRequest(
            @NotBlank @Pattern(regexp = VERSION_PATTERN, message = "letters, digits, '.', '_' or '-', at most 64")
            String version,

            @NotBlank @Size(max = 200_000) String content,
            @NotNull @YearWithin LocalDate effectiveDate) {}

    public record PublishResponse(String type, String version, String content, LocalDate effectiveDate) {}

    public record ConsentRequest(
            @NotBlank String documentType,
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

    public LegalCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/documents/{type}")
    public ResponseEntity<PublishResponse> publish(@PathVariable String type, @Valid @RequestBody PublishRequest body) {
        DocumentType documentType = DocumentTypes.fromPath(type);
        commands.sendAndWait(
                new PublishLegalDocumentCommand(documentType, body.version(), body.content(), body.effectiveDate()));
        return ResponseEntity.created(URI.create("/api/legal/documents/" + type + "/versions"))
                .body(new PublishResponse(documentType.slug(), body.version(), body.content(), body.effectiveDate()));
    }

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
                request.getHeader("User-Agent")));
        return new ConsentResponse(type.slug(), body.version());
    }

    /** Cookie choices of the signed-in user, or of an anonymous browser session named by sessionId. */
    @PutMapping("/cookie-consent")
    public CookieConsentResponse cookieConsent(
            @Valid @RequestBody CookieConsentRequest body, Principal principal, HttpServletRequest request) {
        if (Boolean.FALSE.equals(body.essential())) {
            throw DomainRuleViolation.invalid(
                    "essential-cookies-required",
                    "essential",
                    "essential cookies keep the platform working and cannot be refused");
        }
        String holder;
        if (principal != null) {
            holder = "user:" + principal.getName();
        } else if (body.sessionId() != null) {
            holder = "session:" + body.sessionId();
            request.setAttribute(RequestMetadataInterceptor.SUBJECT_ATTRIBUTE, holder);
        } else {
            throw DomainRuleViolation.invalid(
                    "session-id-required", "sessionId", "sign in, or name the anonymous session with sessionId");
        }
        commands.sendAndWait(new RecordCookieConsentCommand(holder, body.analytics(), body.marketing()));
        return new CookieConsentResponse(holder, true, body.analytics(), body.marketing());
    }
}
