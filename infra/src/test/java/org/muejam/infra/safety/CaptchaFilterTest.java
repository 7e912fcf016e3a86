package org.muejam.infra.safety;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.muejam.infra.support.StandIns;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The CAPTCHA filter built by hand, without a Spring context: which requests need a token, and what the client
 * gets when the token is refused or the CAPTCHA service is down (the real adapter against a stand-in siteverify).
 */
class CaptchaFilterTest {

    @RegisterExtension
    static final WireMockExtension SITEVERIFY = StandIns.perTestClass();

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final ProblemWriter problems = new ProblemWriter(json);
    private final List<String> asked = new ArrayList<>();
    /** Passes every token, noting the action it was asked about. */
    private final CaptchaVerifier recording = (token, action, ip) -> {
        asked.add(action + " " + token + " " + ip);
        return CaptchaVerdict.pass(0.9);
    };

    @Test
    void signUpSignInAndContentPathsAskForTheirOwnAction() throws Exception {
        CaptchaFilter filter = new CaptchaFilter(recording, problems, List.of("/api/stories/**", " /api/comments "));

        assertThat(run(filter, request("POST", "/api/auth/register", "t1")).getStatus())
                .isEqualTo(200);
        assertThat(run(filter, request("POST", "/api/auth/login", "t2")).getStatus())
                .isEqualTo(200);
        assertThat(run(filter, request("POST", "/api/stories/42/chapters", "t3"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(run(filter, request("PUT", "/api/stories/42", "t4")).getStatus())
                .isEqualTo(200);
        assertThat(run(filter, request("PATCH", "/api/comments", "t5")).getStatus())
                .isEqualTo(200);
        assertThat(run(filter, request("POST", "/api/dmca/takedowns", "t6")).getStatus())
                .isEqualTo(200);

        assertThat(asked)
                .containsExactly(
                        "register t1 203.0.113.7",
                        "login t2 203.0.113.7",
                        "content t3 203.0.113.7",
                        "content t4 203.0.113.7",
                        "content t5 203.0.113.7",
                        "dmca t6 203.0.113.7");
    }

    @Test
    void everythingElsePassesWithoutAToken() throws Exception {
        CaptchaFilter filter = new CaptchaFilter(recording, problems, List.of("/api/stories/**"));

        for (MockHttpServletRequest request : List.of(
                request("GET", "/api/auth/login", null),
                request("POST", "/api/auth/refresh", null),
                request("POST", "/api/auth/verify-email", null),
                request("GET", "/api/stories/42", null),
                request("DELETE", "/api/stories/42", null),
                request("POST", "/api/legal/consent", null))) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest())
                    .as(request.getMethod() + " " + request.getRequestURI())
                    .isNotNull();
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void aMissingTokenIsABadRequestNamingTheCaptchaTokenAndTheHeader() throws Exception {
        CaptchaFilter filter = new CaptchaFilter(recording, problems, List.of());
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("POST", "/api/auth/register", null), response, chain);

        assertThat(chain.getRequest()).as("the controller is not reached").isNull();
        assertCaptchaFailed(response);
        assertThat(problem(response).get("detail").asText())
                .contains("X-Captcha-Token")
                .contains("'register'");
        assertThat(asked).isEmpty();
    }

    @Test
    void aLowScoreFromSiteverifyIsABadRequestAndTheControllerIsNotReached() throws Exception {
        SITEVERIFY.stubFor(
                post(urlEqualTo("/siteverify"))
                        .willReturn(
                                okJson(
                                        "{\"success\": true, \"score\": 0.1, \"action\": \"login\", \"hostname\": \"muejam.example\"}")));
        CaptchaFilter filter =
                new CaptchaFilter(adapter(URI.create(SITEVERIFY.baseUrl() + "/siteverify")), problems, List.of());
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("POST", "/api/auth/login", "bot-token"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertCaptchaFailed(response);
    }

    @Test
    void aGoodScoreFromSiteverifyReachesTheController() throws Exception {
        SITEVERIFY.stubFor(
                post(urlEqualTo("/siteverify"))
                        .willReturn(
                                okJson(
                                        "{\"success\": true, \"score\": 0.8, \"action\": \"register\", \"hostname\": \"muejam.example\"}")));
        CaptchaFilter filter =
                new CaptchaFilter(adapter(URI.create(SITEVERIFY.baseUrl() + "/siteverify")), problems, List.of());
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request("POST", "/api/auth/register", "human-token"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void anUnreachableSiteverifyIsServiceUnavailableNotAServerError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CaptchaFilter filter = new CaptchaFilter(
                adapter(URI.create("http://127.0.0.1:" + closedPort + "/siteverify")), problems, List.of());
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("POST", "/api/auth/register", "some-token"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(problem(response).get("type").asText()).isEqualTo("/problems/captcha-unavailable");
    }

    private CaptchaVerifier adapter(URI url) {
        return new RecaptchaVerifier(
                url, "test-secret-key", Set.of("muejam.example"), 0.5, Duration.ofSeconds(10), json);
    }

    private static MockHttpServletRequest request(String method, String path, String token) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("203.0.113.7");
        if (token != null) {
            request.addHeader(CaptchaFilter.TOKEN_HEADER, token);
        }
        return request;
    }

    private static MockHttpServletResponse run(CaptchaFilter filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("passed on").isNotNull();
        return response;
    }

    private void assertCaptchaFailed(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("/problems/captcha-failed");
        assertThat(problem.get("field").asText()).isEqualTo("captchaToken");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("captchaToken");
    }

    private JsonNode problem(MockHttpServletResponse response) throws IOException {
        return json.readTree(response.getContentAsByteArray());
    }
}
