package org.muejam.infra.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A stand-in OpenID Connect issuer: a real HTTP server (WireMock) publishing its JWKS, and tokens signed with
 * its key. One per test JVM, so every integration test shares one application context.
 */
public final class ExternalIssuer {

    public static final String ISSUER = "https://issuer.example.test";
    /** The audience the platform is configured for: the issuer's tokens must name it. */
    public static final String AUDIENCE = "muejam-test-api";

    private static final WireMockServer SERVER = StandIns.perJvm();
    public static final RSAKey KEY;

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
        SERVER.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(new JWKSet(KEY.toPublicJWK()).toString())));
    }

    private ExternalIssuer() {}

    public static String jwksUri() {
        return "http://127.0.0.1:" + SERVER.port() + "/.well-known/jwks.json";
    }

    /** A token for subject user_2abc, meant for this platform, that also claims to be an administrator. */
    public static String token(RSAKey key, String issuer) {
        return token(key, issuer, "user_2abc");
    }

    public static String token(RSAKey key, String issuer, String subject) {
        return token(key, issuer, subject, Map.of());
    }

    /** A token for {@code subject}, meant for {@link #AUDIENCE} unless {@code claims} names another "aud". */
    public static String token(RSAKey key, String issuer, String subject, Map<String, Object> claims) {
        try {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(List.of(AUDIENCE, "another-api"))
                    .claim("roles", List.of("ADMINISTRATOR"))
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)));
            claims.forEach(builder::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of the issuer for {@code subject}, whose address the issuer vouches for. */
    public static String tokenWithVerifiedEmail(String subject, String email) {
        return token(KEY, ISSUER, subject, Map.of("email", email, "email_verified", true));
    }
}
