package org.muejam.infra.content;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.muejam.command.content.screening.UrlReputation;
import org.muejam.infra.support.StandIns;

/** The Safe Browsing adapter against a real HTTP server standing in for Google's threatMatches:find. */
class SafeBrowsingUrlReputationTest {

    static final String PATH = "/v4/threatMatches:find";

    @RegisterExtension
    static final WireMockExtension GOOGLE = StandIns.perTestClass();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private SafeBrowsingUrlReputation reputation(URI endpoint, Duration timeout) {
        return new SafeBrowsingUrlReputation(endpoint, "test-api-key", timeout, new ObjectMapper(), meters);
    }

    private SafeBrowsingUrlReputation reputation() {
        // generous: the first request to a fresh stand-in on a busy machine is slow
        return reputation(URI.create(GOOGLE.baseUrl() + PATH), Duration.ofSeconds(15));
    }

    private double unavailable() {
        return meters.counter(SafeBrowsingUrlReputation.UNAVAILABLE).count();
    }

    @Test
    void aMatchMarksThatUrlMaliciousAndTheRequestCarriesEveryUrlAndTheKey() {
        GOOGLE.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("""
                        {"matches": [{"threatType": "MALWARE", "platformType": "ANY_PLATFORM",
                          "threat": {"url": "http://bad.example/x"}, "threatEntryType": "URL",
                          "cacheDuration": "300s"}]}""")));

        UrlReputation.Verdict verdict = reputation().check(List.of("http://bad.example/x", "good.example"));

        assertThat(verdict.checked()).isTrue();
        assertThat(verdict.malicious()).containsExactly("http://bad.example/x");
        GOOGLE.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("key", equalTo("test-api-key"))
                .withRequestBody(matchingJsonPath("$.threatInfo.threatEntries[0].url", equalTo("http://bad.example/x")))
                .withRequestBody(matchingJsonPath("$.threatInfo.threatEntries[1].url", equalTo("http://good.example")))
                .withRequestBody(containing("SOCIAL_ENGINEERING")));
    }

    @Test
    void aBareDomainMatchedAsGoogleWroteItMapsBackToTheTextsForm() {
        GOOGLE.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"matches\": [{\"threat\": {\"url\": \"http://phish.example/login\"}}]}")));

        assertThat(reputation().check(List.of("phish.example/login")).malicious())
                .containsExactly("phish.example/login");
    }

    @Test
    void noMatchIsAnEmptyObjectAndLetsEveryUrlThrough() {
        GOOGLE.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{}")));

        UrlReputation.Verdict verdict = reputation().check(List.of("https://example.org"));

        assertThat(verdict).isEqualTo(UrlReputation.Verdict.clean());
        assertThat(unavailable()).isZero();
    }

    @Test
    void aServerErrorFailsOpenAndIsCounted() {
        GOOGLE.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

        UrlReputation.Verdict verdict = reputation().check(List.of("https://example.org"));

        assertThat(verdict.checked()).isFalse();
        assertThat(verdict.malicious()).isEmpty();
        assertThat(unavailable()).isEqualTo(1);
    }

    @Test
    void aSlowAnswerFailsOpenAfterTheTimeout() {
        GOOGLE.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{}").withFixedDelay(3_000)));

        UrlReputation.Verdict verdict = reputation(URI.create(GOOGLE.baseUrl() + PATH), Duration.ofMillis(300))
                .check(List.of("https://example.org"));

        assertThat(verdict.checked()).isFalse();
        assertThat(unavailable()).isEqualTo(1);
    }

    @Test
    void anUnreachableServiceOrAnAnswerThatIsNotJsonFailsOpen() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(reputation(URI.create("http://127.0.0.1:" + closedPort + PATH), Duration.ofSeconds(1))
                        .check(List.of("https://example.org"))
                        .checked())
                .isFalse();
        GOOGLE.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withStatus(200).withBody("<html>")));
        assertThat(reputation().check(List.of("https://example.org")).checked()).isFalse();
        assertThat(unavailable()).isEqualTo(2);
    }

    @Test
    void nothingToCheckAsksNothing() {
        assertThat(reputation().check(List.of())).isEqualTo(UrlReputation.Verdict.clean());
        assertThat(GOOGLE.getAllServeEvents()).isEmpty();
    }
}
