package org.muejam.infra.content;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.StandIns;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running platform with Google Safe Browsing standing in on WireMock, which knows one bad site
 * ({@code malware.example}). The test classes that extend it share one application context.
 */
// a node of its own (its Safe Browsing address is this class's stand-in): closed after each class, so that it does
// not linger beside the other tests' node, running its event processors against the same database
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class SafeBrowsingStandIn extends IntegrationTest {

    static final WireMockServer GOOGLE = StandIns.perJvm();
    static final String PATH = "/v4/threatMatches:find";
    static final String BAD_SITE = "malware.example";

    @DynamicPropertySource
    static void safeBrowsing(DynamicPropertyRegistry registry) {
        registry.add("muejam.content.safe-browsing.api-key", () -> "test-api-key");
        registry.add("muejam.content.safe-browsing.url", () -> GOOGLE.baseUrl() + PATH);
        registry.add("muejam.content.safe-browsing.timeout", () -> "10s");
    }

    @BeforeEach
    void googleKnowsOneBadSite() {
        GOOGLE.resetAll();
        GOOGLE.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{}")));
        GOOGLE.stubFor(post(urlPathEqualTo(PATH))
                .withRequestBody(containing(BAD_SITE))
                .willReturn(okJson("{\"matches\": [{\"threatType\": \"MALWARE\"," + " \"threat\": {\"url\": \"http://"
                        + BAD_SITE + "/get\"}}]}")));
    }
}
