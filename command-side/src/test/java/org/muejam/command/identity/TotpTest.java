package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.muejam.command.testing.Rfc6238;

/** The TOTP generator against RFC 6238's own test vectors, an independent implementation and oathtool. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            ("1234567890123456789012345678901234567890123456789012345678901234").getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B: eight-digit codes for the three HMAC algorithms. */
    @ParameterizedTest(name = "T={0}s")
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void reproducesTheRfc6238AppendixBTestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(new Totp(8, "HmacSHA1").codeAt(SHA1_KEY, step)).isEqualTo(sha1);
        assertThat(new Totp(8, "HmacSHA256").codeAt(SHA256_KEY, step)).isEqualTo(sha256);
        assertThat(new Totp(8, "HmacSHA512").codeAt(SHA512_KEY, step)).isEqualTo(sha512);
        assertThat(new Totp(8, "HmacSHA1").matches(SHA1_KEY, sha1, step)).isTrue();
    }

    @Test
    void theStandardSixDigitCodeIsTheLastSixDigitsOfTheRfcVector() {
        assertThat(Totp.standard().codeAt(SHA1_KEY, Totp.stepAt(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(Totp.standard().codeAt(SHA1_KEY, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void timeStepsAreThirtySecondsLongCountedFromTheEpoch() {
        assertThat(Totp.stepAt(Instant.ofEpochSecond(0))).isZero();
        assertThat(Totp.stepAt(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.stepAt(Instant.ofEpochSecond(1111111109))).isEqualTo(37037036);
    }

    @Test
    void newSecretsAreTwentyRandomBytesInUnpaddedBase32ThatAnIndependentDecoderReadsBack() {
        String secret = Totp.newSecret(new SecureRandom());
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.isWellFormedSecret(secret)).isTrue();
        assertThat(Totp.keyOf(secret)).hasSize(20).isEqualTo(Rfc6238.base32(secret));
        assertThat(Totp.newSecret(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void anErasedOrForeignSecretIsNotWellFormed() {
        assertThat(Totp.isWellFormedSecret("[erased]")).isFalse();
        assertThat(Totp.isWellFormedSecret("jbswy3dpehpk3pxp")).isFalse();
        assertThat(Totp.isWellFormedSecret(null)).isFalse();
    }

    @Test
    void agreesWithAnIndependentImplementationOverManyRandomSecretsAndSteps() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String secret = Totp.newSecret(random);
            long step = random.nextLong(0, 70_000_000_000L);
            assertThat(Totp.standard().codeAt(Totp.keyOf(secret), step)).isEqualTo(Rfc6238.codeOfStep(secret, step));
        }
    }

    @Test
    void onlyExactlySixDigitsLookLikeACodeAndNothingElseMatches() {
        long step = 37037036;
        String code = Totp.standard().codeAt(SHA1_KEY, step);
        assertThat(Totp.standard().looksLikeCode(" " + code.substring(0, 3) + " " + code.substring(3)))
                .isTrue();
        assertThat(Totp.standard().looksLikeCode("12345")).isFalse();
        assertThat(Totp.standard().looksLikeCode("1234567")).isFalse();
        assertThat(Totp.standard().looksLikeCode("abcdef")).isFalse();
        assertThat(Totp.standard().matches(SHA1_KEY, code + "0", step)).isFalse();
        assertThat(Totp.standard().matches(SHA1_KEY, null, step)).isFalse();
    }

    /** Debian's oathtool is the reference an operator would use; skipped where it is not installed. */
    @Test
    void aCodeComputedByOathtoolIsTheCodeOfThatStep() throws Exception {
        String secret = Totp.newSecret(new SecureRandom());
        Instant at = Instant.parse("2026-03-14T15:09:26Z");
        String oath = oathtool("--totp", "-b", "--now", "2026-03-14 15:09:26 UTC", secret);

        assertThat(oath).matches("\\d{6}");
        assertThat(Totp.standard().matches(Totp.keyOf(secret), oath, Totp.stepAt(at)))
                .isTrue();
    }

    /** Runs oathtool, or skips the calling test when it is not installed. */
    static String oathtool(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "oathtool";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "oathtool is not installed (apt-get install oathtool)");
            throw notInstalled;
        }
        assertThat(process.waitFor(10, TimeUnit.SECONDS))
                .as("oathtool finished")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
