package org.muejam.infra.safety;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.muejam.infra.support.StandIns;

/** The reCAPTCHA adapter against a real HTTP server standing in for Google's siteverify API. */
class RecaptchaVerifierTest {

    static final String SECRET = "test-secret-key";

    @RegisterExtension
    static final WireMockExtension SITEVERIFY = StandIns.perTestClass();

    private RecaptchaVerifier verifier;

    @BeforeEach
    void reset() {
        verifier = verifierAt(URI.create(SITEVERIFY.baseUrl() + "/recaptcha/api/siteverify"), Duration.ofSeconds(2));
    }

    static RecaptchaVerifier verifierAt(URI url, Duration timeout) {
        return new RecaptchaVerifier(url, SECRET, Set.of("muejam.example"), 0.5, timeout, new ObjectMapper());
    }

    static void answer(String json) {
        SITEVERIFY.stubFor(post(urlEqualTo("/recaptcha/api/siteverify")).willReturn(okJson(json)));
    }

    static String assessment(boolean success, double score, String action) {
        return """
                {"success": %s, "score": %s, "action": "%s", "challenge_ts": "2026-11-21T10:00:00Z",
                 "hostname": "muejam.example"}""".formatted(success, score, action);
    }

    @Test
    void aGoodScoreForTheExpectedActionPasses() {
        answer(assessment(true, 0.9, "register"));

        CaptchaVerdict verdict = verifier.verify("token-1", "register", "203.0.113.7");

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.score()).isEqualTo(0.9);
    }

    @Test
    void theMinimumScoreItselfPasses() {
        answer(assessment(true, 0.5, "login"));

        assertThat(verifier.verify("token-1", "login", "203.0.113.7").passed()).isTrue();
    }

    @Test
    void aLowScoreIsRefused() {
        answer(assessment(true, 0.3, "register"));

        CaptchaVerdict verdict = verifier.verify("token-1", "register", "203.0.113.7");

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.score()).isEqualTo(0.3);
        assertThat(verdict.reason()).contains("automated");
    }

    @Test
    void anUnsuccessfulAnswerIsRefusedWithItsErrorCodes() {
        answer("{\"success\": false, \"error-codes\": [\"timeout-or-duplicate\"]}");

        CaptchaVerdict verdict = verifier.verify("token-1", "login", "203.0.113.7");

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("timeout-or-duplicate");
    }

    @Test
    void aTokenMadeForAnotherActionIsRefused() {
        answer(assessment(true, 0.9, "login"));

        CaptchaVerdict verdict = verifier.verify("token-1", "register", "203.0.113.7");

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("'login'").contains("'register'");
    }

    @Test
    void aTokenMadeOnAnotherSiteIsRefused() {
        answer("""
                {"success": true, "score": 0.9, "action": "register", "hostname": "attacker.example"}""");

        CaptchaVerdict verdict = verifier.verify("token-1", "register", "203.0.113.7");

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("another site");
    }

    @Test
    void anAnswerNamingNoSiteIsRefused() {
        answer("{\"success\": true, \"score\": 0.9, \"action\": \"register\"}");

        assertThat(verifier.verify("token-1", "register", null).passed()).isFalse();
    }

    @Test
    void theSiteIsComparedWithoutRegardToCase() {
        answer("""
                {"success": true, "score": 0.9, "action": "register", "hostname": "MueJam.Example"}""");

        assertThat(verifier.verify("token-1", "register", null).passed()).isTrue();
    }

    @Test
    void aTokenWithoutScoreIsNotAVersionThreeTokenAndIsRefused() {
        answer("{\"success\": true, \"action\": \"register\"}");

        assertThat(verifier.verify("token-1", "register", null).passed()).isFalse();
    }

    @Test
    void theRequestIsAFormWithOurSecretTheTokenAndTheClientAddress() {
        answer(assessment(true, 0.9, "register"));

        verifier.verify("the+token/=", "register", "203.0.113.7");

        SITEVERIFY.verify(
                1,
                postRequestedFor(urlEqualTo("/recaptcha/api/siteverify"))
                        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                        .withFormParam("secret", equalTo(SECRET))
                        .withFormParam("response", equalTo("the+token/="))
                        .withFormParam("remoteip", equalTo("203.0.113.7")));
    }

    @Test
    void aMissingTokenIsRefusedWithoutAskingTheService() {
        assertThat(verifier.verify(" ", "register", "203.0.113.7").passed()).isFalse();

        SITEVERIFY.verify(0, postRequestedFor(urlEqualTo("/recaptcha/api/siteverify")));
    }

    @Test
    void aServiceSlowerThanTheTimeoutIsUnavailable() {
        SITEVERIFY.stubFor(post(urlEqualTo("/recaptcha/api/siteverify"))
                .willReturn(okJson(assessment(true, 0.9, "register")).withFixedDelay(3_000)));
        RecaptchaVerifier impatient =
                verifierAt(URI.create(SITEVERIFY.baseUrl() + "/recaptcha/api/siteverify"), Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.verify("token-1", "register", "203.0.113.7"))
                .isInstanceOf(CaptchaUnavailable.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void anUnreachableServiceIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RecaptchaVerifier nowhere =
                verifierAt(URI.create("http://127.0.0.1:" + closedPort + "/siteverify"), Duration.ofSeconds(1));

        assertThatThrownBy(() -> nowhere.verify("token-1", "register", "203.0.113.7"))
                .isInstanceOf(CaptchaUnavailable.class);
    }

    @Test
    void aServerErrorOrAnAnswerThatIsNotJsonIsUnavailable() {
        SITEVERIFY.stubFor(post(urlEqualTo("/recaptcha/api/siteverify"))
                .willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> verifier.verify("token-1", "register", null))
                .isInstanceOf(CaptchaUnavailable.class)
                .hasMessageContaining("502");

        SITEVERIFY.stubFor(post(urlEqualTo("/recaptcha/api/siteverify"))
                .willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
        assertThatThrownBy(() -> verifier.verify("token-1", "register", null)).isInstanceOf(CaptchaUnavailable.class);
    }

    @Test
    void aRefusedSecretIsOurFaultAndSoAnOutageNotARefusalOfTheClient() {
        answer("{\"success\": false, \"error-codes\": [\"invalid-input-secret\"]}");

        assertThatThrownBy(() -> verifier.verify("token-1", "register", null))
                .isInstanceOf(CaptchaUnavailable.class)
                .hasMessageContaining("secret");
    }
}
