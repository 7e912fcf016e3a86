package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.ExternalIssuer;
import org.muejam.infra.support.IntegrationTest;

/** Tokens of an external OpenID Connect issuer (Clerk, for one) are accepted through its JWKS, and only theirs. */
class ExternalIssuerTest extends IntegrationTest {

    @Test
    void aTokenSignedByTheIssuersKeyIsAccepted() {
        Api.Response status =
                api.get("/api/legal/consent/status", ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER));
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        assertThat(status.body().has("pending")).isTrue();
    }

    @Test
    void aTokenSignedByAnotherKeyOrForAnotherIssuerIsRefused() throws Exception {
        var stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        assertThat(api.get("/api/legal/consent/status", ExternalIssuer.token(stranger, ExternalIssuer.ISSUER))
                        .status())
                .isEqualTo(401);
        assertThat(api.get(
                                "/api/legal/consent/status",
                                ExternalIssuer.token(ExternalIssuer.KEY, "https://elsewhere.example.test"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void externalUsersAreNeverAdministrators() {
        assertThat(api.get("/api/admin/audit-logs", ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER))
                        .status())
                .isEqualTo(403);
    }
}
