package org.muejam.infra.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The tests' stand-in authenticator app computes real codes, with or without oathtool. */
class AuthenticatorTest {

    /** Base32 of the RFC 6238 SHA-1 test key "12345678901234567890". */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theInTestGeneratorReproducesTheRfc6238VectorsInSixDigits() {
        assertThat(Authenticator.rfc6238(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Authenticator.rfc6238(RFC_SECRET, Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
        assertThat(Authenticator.rfc6238(RFC_SECRET, Instant.ofEpochSecond(2000000000)))
                .isEqualTo("279037");
    }

    @Test
    void oathtoolAndTheInTestGeneratorAgree() {
        assumeTrue(Authenticator.OATHTOOL, "oathtool is not installed (apt-get install oathtool)");
        Instant at = Instant.parse("2026-05-04T03:02:01Z");
        assertThat(Authenticator.oathtool(RFC_SECRET, at)).isEqualTo(Authenticator.rfc6238(RFC_SECRET, at));
        assertThat(Authenticator.oathtool(RFC_SECRET, Instant.ofEpochSecond(59)))
                .isEqualTo("287082");
    }
}
