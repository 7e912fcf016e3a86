package org.muejam.infra.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.muejam.command.identity.DeviceTokens;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.ratelimit.KnownDevices;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;
import org.springframework.stereotype.Component;

/**
 * Device tokens as compact JWS (HS256) under a key of their own, derived from MUEJAM_JWT_SECRET, so no access-token
 * decoder ever accepts one. Claims: the account ({@code sub}), a hash of its email address ({@code acc}, which the
 * rate limiter can check before any lookup), the device id ({@code jti}), a stamp of the password hash ({@code stp}:
 * a changed password revokes them all), {@code iat} and {@code exp}. Anything else, malformed or huge, is simply not
 * a known device.
 */
@Component
public class SignedDeviceTokens implements DeviceTokens, KnownDevices {

    /** Far above any token this class signs (about 400 characters); longer ones are not parsed. */
    static final int MAX_LENGTH = 2048;

    private static final JOSEObjectType TYPE = new JOSEObjectType("muejam-device+jwt");
    private static final String KEY_PURPOSE = "muejam device tokens v1";

    private final byte[] key;
    private final Clock clock;
    private final Duration ttl;

    public SignedDeviceTokens(MueJamProperties properties, Clock clock) {
        this.key = hmac(properties.jwtSecretBytes(), KEY_PURPOSE);
        this.clock = clock;
        this.ttl = properties.lockout().deviceTokenTtl();
    }

    @Override
    public String issue(UserId userId, String email, String passwordHash) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId.value())
                .claim("acc", account(email))
                .jwtID(UUID.randomUUID().toString())
                .claim("stp", stamp(passwordHash))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
        try {
            token.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a device token", e);
        }
        return token.serialize();
    }

    @Override
    public Optional<String> recognise(String token, UserId userId, String email, String passwordHash) {
        return verified(token, email)
                .filter(claims -> userId.value().equals(claims.getSubject()))
                .filter(claims -> sameText(text(claims, "stp"), stamp(passwordHash)))
                .map(JWTClaimsSet::getJWTID);
    }

    @Override
    public Optional<String> deviceOf(HttpServletRequest request, String fromBody, String email) {
        String token = fromBody != null && !fromBody.isBlank()
                ? fromBody
                : SessionCookies.deviceToken(request).orElse(null);
        return verified(token, email).map(JWTClaimsSet::getJWTID);
    }

    /** The claims of a token this platform signed, unexpired, for this email address; empty for anything else. */
    private Optional<JWTClaimsSet> verified(String token, String email) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH || email == null) {
            return Optional.empty();
        }
        try {
            SignedJWT parsed = SignedJWT.parse(token.strip());
            if (!JWSAlgorithm.HS256.equals(parsed.getHeader().getAlgorithm())
                    || !TYPE.equals(parsed.getHeader().getType())
                    || !parsed.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = parsed.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            String id = claims.getJWTID();
            if (expires == null
                    || !clock.instant().isBefore(expires.toInstant())
                    || id == null
                    || id.isBlank()
                    || id.length() > 64
                    || !sameText(text(claims, "acc"), account(email))) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException | RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }

    private static String account(String email) {
        return Sha256.hex(email);
    }

    private String stamp(String passwordHash) {
        byte[] mac = hmac(key, "password " + passwordHash);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac, 16));
    }

    private static boolean sameText(String presented, String expected) {
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
