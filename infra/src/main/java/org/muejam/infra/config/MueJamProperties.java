package org.muejam.infra.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Everything the platform reads from its environment, checked at start-up. */
@Validated
@ConfigurationProperties("muejam")
public record MueJamProperties(
        @DefaultValue({"command", "query", "projections"}) Set<String> roles,

        @NotBlank(message = "set MUEJAM_MASTER_KEY to the base64 of 32 random bytes (openssl rand -base64 32)")
        String masterKey,

        @NotBlank(message = "set MUEJAM_JWT_SECRET to the base64 of at least 32 random bytes (openssl rand -base64 48)")
        String jwtSecret,

        @NotNull @DefaultValue("http://localhost:8080") URI publicUrl,
        @Valid @DefaultValue Admin admin,
        @Valid @DefaultValue Tokens tokens,
        @DefaultValue Oidc oidc,
        @DefaultValue Lockout lockout,
        @DefaultValue SecondFactorLockout secondFactorLockout,
        @DefaultValue("1MB") org.springframework.util.unit.DataSize maxRequestBody,
        @DefaultValue("no-reply@muejam.local") String mailFrom,
        @DefaultValue Security security,
        @DefaultValue Projections projections,
        @Valid @DefaultValue Audit audit) {

    public record Admin(
            @NotBlank(message = "set MUEJAM_ADMIN_EMAIL to the first administrator's email address")
            @Email(message = "MUEJAM_ADMIN_EMAIL must be an email address")
            String email,

            @NotBlank(message = "set MUEJAM_ADMIN_PASSWORD to the first administrator's password (10+ characters)")
            String password,

            @DefaultValue("Administrator") String displayName) {}

    /** refreshFamilyLifetime: how long a sign-in lasts at most, however often its refresh token is rotated. */
    public record Tokens(
            @DefaultValue("15m") Duration accessTokenTtl,
            @DefaultValue("30d") Duration refreshTokenTtl,
            @DefaultValue("24h") Duration emailVerificationTtl,
            @DefaultValue("muejam") String issuer,
            @DefaultValue("90d") Duration refreshFamilyLifetime) {}

    /** Wrong passwords in a row before a security alert, and before the account locks for lockDuration. */
    public record Lockout(
            @DefaultValue("3") int alertAfterFailures,
            @DefaultValue("4") int lockAfterFailures,
            @DefaultValue("30m") Duration lockDuration) {}

    /**
     * Failed second factors of one account, across every challenge and address, within window before its second
     * step of sign-in locks for lockDuration.
     */
    public record SecondFactorLockout(
            @DefaultValue("10") int lockAfterFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockDuration) {}

    /** Sign-in rules: staff must use two-factor authentication unless MUEJAM_REQUIRE_2FA_FOR_MODERATORS=false. */
    public record Security(@DefaultValue("true") boolean require2faForModerators) {}

    /**
     * How long a read given X-Await-Position (or a flow that needs its own write) waits for the projections at most,
     * and how often a projection looks at the log when no commit notification has come.
     */
    public record Projections(
            @DefaultValue("5s") Duration awaitTimeout,
            @DefaultValue("1s") Duration pollSafetyNet) {}

    /**
     * The seal over the event log: sealKey authenticates every event as it is appended and keys the chain
     * (MUEJAM_SEAL_KEY); checkpoints of the chain head are signed with an Ed25519 key (MUEJAM_CHECKPOINT_KEY) and
     * published outside the database every interval, to a local append-only file by default.
     */
    public record Audit(
            @NotBlank(
                    message = "set MUEJAM_SEAL_KEY to the base64 of at least 32 random bytes (openssl rand -base64 32)")
            String sealKey,

            @DefaultValue("500ms") Duration sealInterval,
            @Valid @DefaultValue Checkpoints checkpoints) {}

    public record Checkpoints(
            @NotBlank(
                    message = "set MUEJAM_CHECKPOINT_KEY to a base64 PKCS#8 Ed25519 private key "
                            + "(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)")
            String key,

            @DefaultValue("file") String store,
            @DefaultValue("audit-checkpoints.jsonl") String file,
            @DefaultValue("1m") Duration interval) {}

    /** An external OpenID Connect issuer (Clerk, for one) whose tokens are accepted beside ours. */
    public record Oidc(String issuer, String jwksUri) {
        public boolean enabled() {
            return issuer != null && !issuer.isBlank() && jwksUri != null && !jwksUri.isBlank();
        }
    }

    /** A link to a page of the platform, for mails: the public address and the path, with one slash between. */
    public String link(String pathAndQuery) {
        return publicUrl.toString().replaceAll("/+$", "") + pathAndQuery;
    }

    public byte[] masterKeyBytes() {
        return decode("MUEJAM_MASTER_KEY", masterKey, 32, 32);
    }

    public byte[] jwtSecretBytes() {
        return decode("MUEJAM_JWT_SECRET", jwtSecret, 32, Integer.MAX_VALUE);
    }

    public boolean runs(String role) {
        return roles.contains(role);
    }

    private static byte[] decode(String variable, String value, int min, int max) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + " is not valid base64");
        }
        if (bytes.length < min || bytes.length > max) {
            throw new IllegalStateException(variable + " must decode to " + (min == max ? min : "at least " + min)
                    + " bytes, not " + bytes.length);
        }
        return bytes;
    }
}
