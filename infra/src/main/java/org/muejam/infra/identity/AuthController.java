package org.muejam.infra.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.muejam.command.identity.application.EmailVerification;
import org.muejam.command.identity.application.Registration;
import org.muejam.command.identity.application.SignIn;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.security.CsrfPolicy;
import org.muejam.infra.security.TokenService;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.ProblemException;
import org.muejam.infra.web.StoredHeaders;
import org.muejam.infra.web.YearWithin;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "identity")
@RestController
@RequestMapping("/api/auth")
public class AuthController {

    /** More entries than any registration needs; each document type may be named once (ConsentPolicy). */
    public static final int MAX_ACCEPTED_DOCUMENTS = 20;

    /** The member of every sign-in answer that says which one it is. */
    static final String OUTCOME = "outcome";

    static final String SIGNED_IN = "signed-in";
    static final String SECOND_FACTOR_REQUIRED = "second-factor-required";

    public record AcceptedDocument(
            @NotBlank @Size(max = 64) String type,
            @NotBlank @Size(max = 64) String version) {}

    public record RegisterRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull @YearWithin LocalDate birthDate,
            @NotNull @Size(max = MAX_ACCEPTED_DOCUMENTS) List<@Valid @NotNull AcceptedDocument> acceptedDocuments) {}

    public record RegisterResponse(String userId) {}

    public record TokenRequest(@NotBlank @Size(max = 512) String token) {}

    public record EmailRequest(
            @NotBlank @Email @Size(max = 320) String email) {}

    /**
     * {@code cookies}: also set the session cookies, for browsers. {@code deviceToken}: the one an earlier sign-in
     * answered (browsers send the MUEJAM_DEVICE cookie instead), which makes this a known device.
     */
    public record LoginRequest(
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 128) String password,
            Boolean cookies,
            @Size(max = SignedDeviceTokens.MAX_LENGTH) String deviceToken) {}

    /** The refresh token comes in the body or, for browsers, in the MUEJAM_REFRESH cookie. */
    public record RefreshRequest(@Size(max = 512) String refreshToken, Boolean cookies) {}

    /** The password was right and a second factor is due: answer the challenge at /api/auth/2fa/verify. */
    public record SecondFactorChallengeResponse(
            boolean secondFactorRequired, String challengeToken, long challengeExpiresIn) {
        /** Tells this answer from a session: the discriminator of the sign-in answer. */
        @JsonProperty(OUTCOME)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = SECOND_FACTOR_REQUIRED)
        public String outcome() {
            return SECOND_FACTOR_REQUIRED;
        }
    }

    /** {@code deviceToken}: only after a sign-in; send it with the next sign-in from this client. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoginResponse(
            String accessToken, String refreshToken, long expiresIn, String tokenType, String deviceToken) {
        static LoginResponse of(TokenService.Session session) {
            return new LoginResponse(
                    session.accessToken(), session.refreshToken(), session.expiresIn(), "Bearer", null);
        }

        static LoginResponse signedIn(TokenService.Session session, SignIn.SignedIn signedIn) {
            return new LoginResponse(
                    session.accessToken(),
                    session.refreshToken(),
                    session.expiresIn(),
                    "Bearer",
                    signedIn.deviceToken());
        }

        /** The tokens went to the cookies: the body says only how long the access token lasts. */
        static LoginResponse cookiesOnly(TokenService.Session session) {
            return new LoginResponse(null, null, session.expiresIn(), null, null);
        }

        /** Tells a session from a second-factor challenge: the discriminator of the sign-in answer. */
        @JsonProperty(OUTCOME)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = SIGNED_IN)
        public String outcome() {
            return SIGNED_IN;
        }
    }

    private final Registration registration;
    private final EmailVerification verification;
    private final SignIn signIn;
    private final SignInSessions sessions;
    private final TokenService tokens;
    private final SessionCookies cookies;

    public AuthController(
            Registration registration,
            EmailVerification verification,
            SignIn signIn,
            SignInSessions sessions,
            TokenService tokens,
            SessionCookies cookies) {
        this.registration = registration;
        this.verification = verification;
        this.signIn = signIn;
        this.sessions = sessions;
        this.tokens = tokens;
        this.cookies = cookies;
    }

    @Operation(operationId = "registerAccount", summary = "Register an account, accepting the current legal documents")
    @ApiResponse(responseCode = "409", description = "Conflict: the email address is already registered")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    public RegisterResponse register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request) {
        List<DocumentVersion> accepted =
                body.acceptedDocuments().stream().map(AuthController::document).toList();
        UserId userId = UserId.random();
        registration.register(
                userId,
                body.email(),
                body.password(),
                body.displayName(),
                body.birthDate(),
                accepted,
                ClientAddress.of(request),
                StoredHeaders.userAgent(request));
        return new RegisterResponse(userId.value());
    }

    @Operation(operationId = "verifyEmailAddress", summary = "Verify the email address with the token from the mail")
    @ApiResponse(responseCode = "204", description = "The address is verified")
    @PostMapping("/verify-email")
    public ResponseEntity<Void> verifyEmail(@Valid @RequestBody TokenRequest body) {
        verification.verify(body.token());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "resendVerificationEmail", summary = "Send the verification mail again")
    @PostMapping("/resend-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> resend(@Valid @RequestBody EmailRequest body) {
        verification.resend(body.email());
        return Map.of("status", "if an unverified account uses this address, a new link is on its way");
    }

    /**
     * {"accessToken",...,"deviceToken"} or, with two-factor authentication on,
     * {"secondFactorRequired":true,"challengeToken"}.
     */
    @Operation(
            operationId = "signIn",
            summary = "Sign in with email and password: a session, or a second-factor challenge")
    @ApiResponse(
            responseCode = "200",
            description = "A session (tokens), or, when two-factor authentication is on, a challenge to answer at"
                    + " /api/auth/2fa/verify; `outcome` says which",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(oneOf = {LoginResponse.class, SecondFactorChallengeResponse.class})))
    @ApiResponse(responseCode = "401", description = "Unauthorized: the email address or password is wrong")
    @ApiResponse(
            responseCode = "403",
            description = "Forbidden: the account is locked for a while after wrong passwords")
    @PostMapping("/login")
    public Object login(
            @Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        SignIn.Outcome outcome = signIn.withPassword(
                        body.email(),
                        body.password(),
                        deviceToken(body.deviceToken(), request),
                        ClientAddress.of(request))
                .orElseThrow(() -> new BadCredentialsException("the email address or password is wrong"));
        if (outcome instanceof SignIn.SecondFactorRequired challenge) {
            return new SecondFactorChallengeResponse(true, challenge.challengeToken(), challenge.expiresIn());
        }
        return signedIn((SignIn.SignedIn) outcome, Boolean.TRUE.equals(body.cookies()), sessions, cookies, response);
    }

    /** Opens the session of a sign-in: the tokens and the device token in the body, and in cookies when asked. */
    static LoginResponse signedIn(
            SignIn.SignedIn signedIn,
            boolean asCookies,
            SignInSessions sessions,
            SessionCookies cookies,
            HttpServletResponse response) {
        TokenService.Session session = sessions.open(signedIn);
        if (asCookies) {
            cookies.write(response, session);
            cookies.writeDevice(response, signedIn.deviceToken());
        }
        return LoginResponse.signedIn(session, signedIn);
    }

    /** The body's device token, else the MUEJAM_DEVICE cookie's: a browser's. */
    static String deviceToken(String fromBody, HttpServletRequest request) {
        if (fromBody != null && !fromBody.isBlank()) {
            return fromBody;
        }
        return SessionCookies.deviceToken(request).orElse(null);
    }

    /**
     * With the refresh token in the body: the new pair in the body (and in cookies when asked). From the
     * MUEJAM_REFRESH cookie: the CSRF token must be echoed, and the new pair goes to the cookies only, so that no
     * script in the page ever reads a refresh token.
     */
    @Operation(
            operationId = "refreshSession",
            summary = "Renew the session with a refresh token (rotated: each works once)")
    @ApiResponse(
            responseCode = "200",
            description = "The new session; from the cookie, the tokens go to the cookies and the body holds only"
                    + " expiresIn")
    @ApiResponse(responseCode = "401", description = "Unauthorized: the refresh token is not valid, spent or expired")
    @PostMapping("/refresh")
    public LoginResponse refresh(
            @Valid @RequestBody(required = false) RefreshRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        String fromBody = body == null ? null : body.refreshToken();
        boolean fromCookie = fromBody == null || fromBody.isBlank();
        String presented = refreshToken(fromBody, request);
        if (fromCookie && !CsrfPolicy.echoesToken(request)) {
            throw new CsrfTokenMissing();
        }
        TokenService.Session session = sessions.refresh(presented);
        if (fromCookie) {
            cookies.write(response, session);
            return LoginResponse.cookiesOnly(session);
        }
        if (Boolean.TRUE.equals(body.cookies())) {
            cookies.write(response, session);
        }
        return LoginResponse.of(session);
    }

    @Operation(operationId = "signOut", summary = "Sign out: revoke the refresh token and clear the session cookies")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @PostMapping("/logout")
    public ResponseEntity<Void> logout(
            @Valid @RequestBody(required = false) RefreshRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        tokens.logout(refreshToken(body == null ? null : body.refreshToken(), request));
        cookies.clear(response);
        return ResponseEntity.noContent().build();
    }

    private String refreshToken(String fromBody, HttpServletRequest request) {
        if (fromBody != null && !fromBody.isBlank()) {
            return fromBody;
        }
        return cookies.refreshToken(request)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "missing-refresh-token",
                        "refreshToken",
                        "send refreshToken in the body, or the " + SessionCookies.REFRESH + " cookie"));
    }

    /** The same refusal as the CSRF filter's for other cookie-authenticated writes. */
    static class CsrfTokenMissing extends ProblemException {
        CsrfTokenMissing() {
            super(
                    403,
                    "csrf-token-invalid",
                    "Forbidden",
                    "a refresh by the " + SessionCookies.REFRESH + " cookie must send the " + CsrfPolicy.COOKIE
                            + " cookie's value in the " + CsrfPolicy.HEADER + " header");
        }
    }

    static DocumentVersion document(AcceptedDocument accepted) {
        DocumentType type = DocumentType.fromSlug(accepted.type())
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "unknown-document-type",
                        "acceptedDocuments.type",
                        "unknown document type '" + accepted.type()
                                + "'; known: terms-of-service, privacy-policy, content-policy"));
        return new DocumentVersion(type, accepted.version());
    }
}
