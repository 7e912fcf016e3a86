package org.muejam.infra.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.muejam.command.shared.RandomTokens;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.web.ProblemException;
import org.muejam.shared.security.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues short-lived access tokens (JWT) and rotating, revocable refresh tokens (stored as hashes only). */
@Component
public class TokenService {

    public record Session(String accessToken, String refreshToken, long expiresIn) {}

    private record StoredRefresh(String userId, String familyId, Instant expiresAt, Instant revokedAt) {}

    private final JwtEncoder encoder;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MueJamProperties.Tokens settings;

    public TokenService(JwtEncoder encoder, JdbcTemplate jdbc, Clock clock, MueJamProperties properties) {
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.tokens();
    }

    @Transactional
    public Session open(String userId, List<String> roles) {
        return open(userId, roles, Map.of());
    }

    /** Opens a session whose access tokens also carry {@code claims} (a scope that restricts them, say). */
    @Transactional
    public Session open(String userId, List<String> roles, Map<String, Object> claims) {
        return issue(userId, roles, claims, UUID.randomUUID().toString());
    }

    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    public Session refresh(String refreshToken, java.util.function.Function<String, List<String>> rolesOf) {
        return refresh(refreshToken, rolesOf, userId -> Map.of());
    }

    /**
     * Rotates a refresh token; presenting one that was already rotated revokes its whole family, and so does a
     * family older than its absolute lifetime.
     */
    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    public Session refresh(
            String refreshToken,
            java.util.function.Function<String, List<String>> rolesOf,
            java.util.function.Function<String, Map<String, Object>> claimsOf) {
        String hash = Sha256.hex(refreshToken);
        StoredRefresh stored = find(hash).orElseThrow(InvalidRefreshToken::new);
        Instant now = clock.instant();
        if (stored.revokedAt() != null) {
            revokeFamily(stored.familyId());
            throw new InvalidRefreshToken();
        }
        if (!now.isBefore(stored.expiresAt())) {
            throw new InvalidRefreshToken();
        }
        if (!now.isBefore(familyStart(stored.familyId()).plus(settings.refreshFamilyLifetime()))) {
            revokeFamily(stored.familyId());
            throw new InvalidRefreshToken();
        }
        // only one of two refreshes racing with the same token spends it; the other is a reuse like any later one
        int spent = jdbc.update(
                "UPDATE refresh_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                Timestamp.from(now),
                hash);
        if (spent == 0) {
            revokeFamily(stored.familyId());
            throw new InvalidRefreshToken();
        }
        return issue(
                stored.userId(), rolesOf.apply(stored.userId()), claimsOf.apply(stored.userId()), stored.familyId());
    }

    /** Ends the session the refresh token belongs to. Unknown tokens are ignored: logout always succeeds. */
    @Transactional
    public Optional<String> logout(String refreshToken) {
        Optional<StoredRefresh> stored = find(Sha256.hex(refreshToken));
        stored.ifPresent(s -> revokeFamily(s.familyId()));
        return stored.map(StoredRefresh::userId);
    }

    /** Ends every session of the person (after their password changed). */
    @Transactional
    public void revokeAll(String userId) {
        jdbc.update(
                "UPDATE refresh_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()),
                userId);
    }

    public long accessTokenSeconds() {
        return settings.accessTokenTtl().toSeconds();
    }

    private Session issue(String userId, List<String> roles, Map<String, Object> extra, String familyId) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(userId)
                .issuedAt(now)
                .expiresAt(now.plus(settings.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim("roles", roles);
        extra.forEach(claims::claim);
        String access = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        String refresh = RandomTokens.next();
        jdbc.update(
                """
                INSERT INTO refresh_token (token_hash, user_id, family_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)""",
                Sha256.hex(refresh),
                userId,
                familyId,
                Timestamp.from(now),
                Timestamp.from(now.plus(settings.refreshTokenTtl())));
        return new Session(access, refresh, settings.accessTokenTtl().toSeconds());
    }

    private Optional<StoredRefresh> find(String hash) {
        return jdbc
                .query(
                        "SELECT user_id, family_id, expires_at, revoked_at FROM refresh_token WHERE token_hash = ?",
                        (rs, i) -> new StoredRefresh(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4) == null
                                        ? null
                                        : rs.getTimestamp(4).toInstant()),
                        hash)
                .stream()
                .findFirst();
    }

    /** When the family's first token was issued: the sign-in that began the session. */
    private Instant familyStart(String familyId) {
        return jdbc.queryForObject(
                        "SELECT min(issued_at) FROM refresh_token WHERE family_id = ?", Timestamp.class, familyId)
                .toInstant();
    }

    private void revokeFamily(String familyId) {
        jdbc.update(
                "UPDATE refresh_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()),
                familyId);
    }

    /** The refresh token is unknown, expired, revoked or reused. */
    public static class InvalidRefreshToken extends ProblemException {
        public InvalidRefreshToken() {
            super(401, "invalid-refresh-token", "Unauthorized", "the refresh token is not valid; sign in again");
        }
    }
}
