package org.muejam.infra.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.muejam.shared.identity.ExternalIdentity;
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
        @Valid @DefaultValue Oidc oidc,
        @DefaultValue Lockout lockout,
        @DefaultValue SecondFactorLockout secondFactorLockout,
        @DefaultValue("1MB") org.springframework.util.unit.DataSize maxRequestBody,
        @DefaultValue("no-reply@muejam.local") String mailFrom,
        @DefaultValue Security security,
        @DefaultValue Projections projections,
        @Valid @DefaultValue SubjectKeys subjectKeys,
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

    /**
     * Wrong passwords in a row before a security alert, and before the account locks for unknown clients (or a known
     * device, on its own count) for lockDuration; how long a device token makes its client a known device.
     */
    public record Lockout(
            @DefaultValue("3") int alertAfterFailures,
            @DefaultValue("4") int lockAfterFailures,
            @DefaultValue("30m") Duration lockDuration,
            @DefaultValue("365d") Duration deviceTokenTtl) {}

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
     * The per-node cache of people's data keys: at most cacheMaximumSize keys, each dropped after cacheExpireAfterAccess
     * unused. An erasure evicts the key on every node at once whatever these say (PostgreSQL NOTIFY).
     */
    public record SubjectKeys(
            @PositiveOrZero(message = "MUEJAM_SUBJECT_KEY_CACHE_SIZE must be 0 (no cache) or more")
            @DefaultValue("10000")
            long cacheMaximumSize,

            @NotNull @DefaultValue("10m") Duration cacheExpireAfterAccess) {

        public SubjectKeys {
            if (cacheExpireAfterAccess != null
                    && (cacheExpireAfterAccess.isNegative() || cacheExpireAfterAccess.isZero())) {
                throw new IllegalArgumentException(
                        "MUEJAM_SUBJECT_KEY_CACHE_EXPIRE_AFTER_ACCESS must be a positive duration such as 10m, not "
                                + cacheExpireAfterAccess);
            }
        }
    }

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

    /**
     * An external OpenID Connect issuer (Clerk, for one) whose tokens are accepted beside ours, when they are meant
     * for {@code audience} (their aud claim names it). Its people sign in to local accounts they register first.
     */
    public record Oidc(
            @Size(
                    max = ExternalIdentity.MAX_LENGTH,
                    message = "MUEJAM_OIDC_ISSUER may have at most " + ExternalIdentity.MAX_LENGTH + " characters")
            String issuer,

            String jwksUri,
            String audience) {

        public boolean enabled() {
            return given(issuer);
        }

        @AssertTrue(
                message = "MUEJAM_OIDC_ISSUER is set, so set MUEJAM_OIDC_AUDIENCE to the audience (aud) the issuer "
                        + "puts in tokens meant for this platform (its client or API identifier): without it, a token "
                        + "the issuer made for any other application would be accepted here")
        public boolean isAudienceGivenWithIssuer() {
            return !given(issuer) || given(audience);
        }

        @AssertTrue(message = "MUEJAM_OIDC_ISSUER is set, so set MUEJAM_OIDC_JWKS_URI to the issuer's JWKS address")
        public boolean isJwksUriGivenWithIssuer() {
            return !given(issuer) || given(jwksUri);
        }

        private static boolean given(String value) {
            return value != null && !value.isBlank();
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
