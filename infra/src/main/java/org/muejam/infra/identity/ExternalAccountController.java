package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.muejam.command.identity.ExternalIdentityDirectory;
import org.muejam.command.identity.application.ExternalRegistration;
import org.muejam.command.identity.application.ExternalRegistration.IssuerEmail;
import org.muejam.infra.identity.AuthController.AcceptedDocument;
import org.muejam.infra.identity.AuthController.RegisterResponse;
import org.muejam.infra.security.ExternalAccountAuthentication;
import org.muejam.infra.security.ExternalAccountGate;
import org.muejam.infra.security.UnlinkedExternalIdentity;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.ForbiddenCharacters;
import org.muejam.infra.web.Problems;
import org.muejam.infra.web.StoredHeaders;
import org.muejam.infra.web.YearWithin;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.DocumentVersion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts for people signed in at the external OpenID Connect issuer: the first request with such a token answers
 * 403 /problems/external-account-not-linked, and the person registers here, with that token, under the same rules
 * as any registration; from then on the token signs in to the account.
 */
@RestController
@Tag(name = "identity")
@RequestMapping("/api/auth/oidc")
public class ExternalAccountController {

    /** As a registration, without a password; {@code email} only when the issuer vouches for none or another. */
    public record ExternalRegisterRequest(
            @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull @YearWithin LocalDate birthDate,

            @NotNull @Size(max = AuthController.MAX_ACCEPTED_DOCUMENTS)
            List<@Valid @NotNull AcceptedDocument> acceptedDocuments) {}

    private final ExternalRegistration registration;
    private final Validator validator;

    public ExternalAccountController(ExternalRegistration registration, Validator validator) {
        this.registration = registration;
        this.validator = validator;
    }

    /**
     * Runs before the body is read and validated, so that a request without the issuer's token learns that first
     * (401, or 403 with another credential), whatever it sends.
     */
    @ModelAttribute
    void requireExternalToken(HttpServletRequest request, Principal principal) {
        ExternalAccountGate.unlinked(request).orElseThrow(() -> refusal(principal));
    }

    @Operation(
            summary = "Register the local account of a person signed in at the external OpenID Connect issuer",
            operationId = "registerExternalAccount")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    public RegisterResponse register(
            @Valid @RequestBody ExternalRegisterRequest body, HttpServletRequest request, Principal principal) {
        UnlinkedExternalIdentity unlinked =
                ExternalAccountGate.unlinked(request).orElseThrow(() -> refusal(principal));
        List<DocumentVersion> accepted =
                body.acceptedDocuments().stream().map(AuthController::document).toList();
        UserId userId = registration.register(
                UserId.random(),
                unlinked.identity(),
                issuerEmail(unlinked.verifiedEmail()),
                body.email(),
                body.displayName(),
                body.birthDate(),
                accepted,
                ClientAddress.of(request),
                StoredHeaders.userAgent(request));
        return new RegisterResponse(userId.value());
    }

    /** The issuer's address, when it is one this platform would take in a request body too. */
    private IssuerEmail issuerEmail(String address) {
        if (address == null
                || ForbiddenCharacters.find(address) >= 0
                || !validator
                        .validateValue(ExternalRegisterRequest.class, "email", address)
                        .isEmpty()) {
            return IssuerEmail.NONE;
        }
        return new IssuerEmail(address, true);
    }

    private static RuntimeException refusal(Principal principal) {
        if (principal instanceof ExternalAccountAuthentication) {
            return ExternalIdentityDirectory.alreadyLinked();
        }
        String detail = "send Authorization: Bearer <token> with a token of the external OpenID Connect issuer";
        return principal == null
                ? Problems.of(HttpStatus.UNAUTHORIZED, "external-token-required", detail)
                : Problems.of(HttpStatus.FORBIDDEN, "external-token-required", detail);
    }
}
