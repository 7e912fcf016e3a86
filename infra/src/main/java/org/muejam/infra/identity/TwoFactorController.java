package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.application.SecondFactorRefused;
import org.muejam.command.identity.application.SignIn;
import org.muejam.command.identity.application.TwoFactorSetup;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.shared.identity.FindTwoFactorStatusQuery;
import org.muejam.shared.identity.TwoFactorStatusResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Two-factor authentication (TOTP, RFC 6238): pairing an app, backup codes, and the second step of sign-in. */
@Tag(name = "two-factor")
@RestController
@RequestMapping("/api/auth/2fa")
public class TwoFactorController {

    public record StatusResponse(boolean enabled) {}

    public record SetupResponse(String secret, String otpauthUri, String qrCodePng) {}

    public record CodeRequest(@NotBlank @Size(max = 64) String code) {}

    public record BackupCodesResponse(List<String> backupCodes) {}

    /** The current password, which every change of the second factor asks for again. */
    public record PasswordRequest(@NotBlank @Size(max = 128) String password) {}

    public record RegenerateRequest(
            @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 64) String code) {}

    public record DisableRequest(
            @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 64) String code) {}

    /**
     * {@code cookies}: also set the session cookies, for browsers. {@code deviceToken}: as at sign-in (or the
     * MUEJAM_DEVICE cookie), so a known device signs in even if its account was locked for others meanwhile.
     */
    public record ChallengeAnswer(
            @NotBlank @Size(max = 512) String challengeToken,
            @NotBlank @Size(max = 64) String code,
            Boolean cookies,
            @Size(max = SignedDeviceTokens.MAX_LENGTH) String deviceToken) {}

    private final TwoFactorSetup twoFactor;
    private final SignIn signIn;
    private final SignInSessions sessions;
    private final SessionCookies cookies;
    private final QueryGateway queries;

    public TwoFactorController(
            TwoFactorSetup twoFactor,
            SignIn signIn,
            SignInSessions sessions,
            SessionCookies cookies,
            QueryGateway queries) {
        this.queries = queries;
        this.twoFactor = twoFactor;
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Operation(
            operationId = "getTwoFactorStatus",
            summary = "Whether two-factor authentication is on for the signed-in account")
    @GetMapping
    public StatusResponse status(Principal principal) {
        TwoFactorStatusResponse status = Queries.ask(
                queries,
                new FindTwoFactorStatusQuery(principal.getName()),
                ResponseTypes.instanceOf(TwoFactorStatusResponse.class));
        return new StatusResponse(status.enabled());
    }

    /** A request without a body at all is refused by the use case as a missing password, naming the field. */
    @Operation(
            operationId = "startTwoFactorSetup",
            summary = "Start pairing an authenticator app (needs the current password)")
    @PostMapping("/setup")
    public SetupResponse setup(@Valid @RequestBody(required = false) PasswordRequest body, Principal principal) {
        TwoFactorSetup.Started setup = twoFactor.start(principal.getName(), body == null ? null : body.password());
        return new SetupResponse(setup.secret(), setup.otpauthUri(), QrCodes.pngBase64(setup.otpauthUri()));
    }

    @Operation(
            operationId = "confirmTwoFactorSetup",
            summary = "Confirm the pairing with a first code; answers the backup codes")
    @PostMapping("/verify-setup")
    public BackupCodesResponse verifySetup(@Valid @RequestBody CodeRequest body, Principal principal) {
        return new BackupCodesResponse(twoFactor.confirm(principal.getName(), body.code()));
    }

    @Operation(
            operationId = "regenerateBackupCodes",
            summary = "Replace the backup codes (needs the password and a code)")
    @PostMapping("/regenerate-backup-codes")
    public BackupCodesResponse regenerate(@Valid @RequestBody RegenerateRequest body, Principal principal) {
        return new BackupCodesResponse(
                twoFactor.regenerateBackupCodes(principal.getName(), body.password(), body.code()));
    }

    @Operation(
            operationId = "disableTwoFactor",
            summary = "Turn two-factor authentication off (needs the password and a code)")
    @ApiResponse(responseCode = "204", description = "Two-factor authentication is off")
    @DeleteMapping
    public ResponseEntity<Void> disable(@Valid @RequestBody DisableRequest body, Principal principal) {
        twoFactor.disable(principal.getName(), body.password(), body.code());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "completeSignInWithCode",
            summary = "Answer a sign-in challenge with an authenticator code")
    @ApiResponse(responseCode = "200", description = "The session")
    @ApiResponse(
            responseCode = "401",
            description = "Unauthorized: the code is wrong (remainingAttempts) or the challenge is not valid")
    @ApiResponse(
            responseCode = "423",
            description = "Locked: too many failed second factors for this account (lockedUntil, Retry-After)")
    @PostMapping("/verify")
    public AuthController.LoginResponse verify(
            @Valid @RequestBody ChallengeAnswer body, HttpServletRequest request, HttpServletResponse response) {
        return answer(
                signIn.withSecondFactor(
                        body.challengeToken(),
                        body.code(),
                        false,
                        ClientAddress.of(request),
                        AuthController.deviceToken(body.deviceToken(), request)),
                body,
                response);
    }

    @Operation(operationId = "completeSignInWithBackupCode", summary = "Answer a sign-in challenge with a backup code")
    @ApiResponse(responseCode = "200", description = "The session")
    @ApiResponse(
            responseCode = "401",
            description = "Unauthorized: the code is wrong (remainingAttempts) or the challenge is not valid")
    @ApiResponse(
            responseCode = "423",
            description = "Locked: too many failed second factors for this account (lockedUntil, Retry-After)")
    @PostMapping("/backup-code")
    public AuthController.LoginResponse backupCode(
            @Valid @RequestBody ChallengeAnswer body, HttpServletRequest request, HttpServletResponse response) {
        return answer(
                signIn.withSecondFactor(
                        body.challengeToken(),
                        body.code(),
                        true,
                        ClientAddress.of(request),
                        AuthController.deviceToken(body.deviceToken(), request)),
                body,
                response);
    }

    @ExceptionHandler(SecondFactorRefused.class)
    ResponseEntity<ProblemDetail> refused(SecondFactorRefused refusal, HttpServletRequest request) {
        String title = refusal.status() == 423 ? "Locked" : "Unauthorized";
        ProblemDetail problem =
                ProblemWriter.problem(refusal.status(), refusal.problemType(), title, refusal.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        if (refusal.remainingAttempts() != null) {
            problem.setProperty("remainingAttempts", refusal.remainingAttempts());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        if (refusal.lockedUntil() != null) {
            problem.setProperty("lockedUntil", refusal.lockedUntil().toString());
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        }
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private AuthController.LoginResponse answer(
            SignIn.SignedIn signedIn, ChallengeAnswer body, HttpServletResponse response) {
        return AuthController.signedIn(signedIn, Boolean.TRUE.equals(body.cookies()), sessions, cookies, response);
    }
}
