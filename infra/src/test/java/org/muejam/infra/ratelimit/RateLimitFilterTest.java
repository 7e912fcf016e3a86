package org.muejam.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** How the filter picks buckets: by address, account or user, which rules apply, and what counts as failure. */
class RateLimitFilterTest {

    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private final LocalLimiter limiter = new LocalLimiter(TimeMeter.SYSTEM_MILLISECONDS, 1000);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static RateLimitRule rule(
            String name,
            String path,
            int limit,
            RateLimitSettings.Key key,
            RateLimitSettings.Count count,
            String... methods) {
        return RateLimitRule.of(
                name + UUID.randomUUID().toString().substring(0, 6),
                new RateLimitSettings.Rule(
                        path == null ? List.of() : List.of(path),
                        Set.of(methods),
                        limit,
                        Duration.ofMinutes(1),
                        key,
                        count));
    }

    private RateLimitFilter filter(RateLimitFilter.Phase phase, RateLimitRule... rules) {
        return new RateLimitFilter(phase, List.of(rules), limiter, new ProblemWriter(JSON), JSON);
    }

    private static MockHttpServletRequest request(String method, String path, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("198.51.100.9");
        if (body != null) {
            request.setContentType("application/json");
            request.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        return request;
    }

    /** Runs the filter with a chain that reads the body and answers {@code status}; returns what it read. */
    private static String run(
            RateLimitFilter filter, MockHttpServletRequest request, MockHttpServletResponse response, int status)
            throws Exception {
        AtomicReference<String> read = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> {
            read.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            ((HttpServletResponse) res).setStatus(status);
            res.getWriter().write("{\"answer\":" + status + "}");
        });
        return read.get();
    }

    @Test
    void theAccountIsTheNormalisedEmailOfTheBodyWhichTheControllerStillReads() throws Exception {
        RateLimitRule account = rule(
                "acct", "/api/auth/login", 2, RateLimitSettings.Key.ACCOUNT, RateLimitSettings.Count.FAILURES, "POST");
        RateLimitFilter filter = filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION, account);
        String body = "{\"email\":\" Reader@Example.org \",\"password\":\"x\"}";
        MockHttpServletResponse first = new MockHttpServletResponse();
        assertThat(run(filter, request("POST", "/api/auth/login", body), first, 401))
                .isEqualTo(body);
        assertThat(first.getContentAsString()).isEqualTo("{\"answer\":401}");
        assertThat(first.getHeader("X-RateLimit-Remaining")).isEqualTo("1");
        run(
                filter,
                request("POST", "/api/auth/login", body.replace(" Reader@Example.org ", "reader@example.org")),
                new MockHttpServletResponse(),
                401);
        MockHttpServletResponse third = new MockHttpServletResponse();
        MockHttpServletRequest other = request("POST", "/api/auth/login", "{\"email\":\"READER@example.ORG\"}");
        other.setRemoteAddr("203.0.113.200");
        assertThat(run(filter, other, third, 200))
                .as("refused before the controller")
                .isNull();
        assertThat(third.getStatus()).isEqualTo(429);
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndIpv4ClientsByTheirWholeAddress() throws Exception {
        RateLimitRule reads = rule("reads", "/**", 1, RateLimitSettings.Key.IP, RateLimitSettings.Count.ALL, "GET");
        RateLimitFilter filter = filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION, reads);
        List<Integer> statuses = new java.util.ArrayList<>();
        for (String address : new String[] {
            "2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:db8:1:3::1", "198.51.100.1", "198.51.100.2"
        }) {
            MockHttpServletRequest request = request("GET", "/api/legal/documents/terms-of-service", null);
            request.setRemoteAddr(address);
            MockHttpServletResponse response = new MockHttpServletResponse();
            run(filter, request, response, 200);
            statuses.add(response.getStatus());
        }
        assertThat(statuses)
                .as("the second address shares the first one's /64")
                .containsExactly(200, 429, 200, 200, 200);
    }

    @Test
    void theAddressKeyOfIpv6IsItsSlash64Prefix() {
        assertThat(RateLimitFilter.ipKey("2001:db8:a:b:1:2:3:4")).isEqualTo("2001:db8:a:b::/64");
        assertThat(RateLimitFilter.ipKey("2001:0db8:000a:000b::")).isEqualTo("2001:db8:a:b::/64");
        assertThat(RateLimitFilter.ipKey("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(RateLimitFilter.ipKey("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(RateLimitFilter.ipKey("::ffff:203.0.113.9"))
                .as("IPv4-mapped is IPv4")
                .isEqualTo("203.0.113.9");
        assertThat(RateLimitFilter.ipKey("not an address")).isEqualTo("not an address");
    }

    @Test
    void aBodyWithoutAnEmailIsNotCountedForAnyAccount() throws Exception {
        RateLimitRule account = rule(
                "acct", "/api/auth/login", 1, RateLimitSettings.Key.ACCOUNT, RateLimitSettings.Count.FAILURES, "POST");
        RateLimitFilter filter = filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION, account);
        for (String body : new String[] {"not json", "{\"email\":42}", "[]", ""}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(run(filter, request("POST", "/api/auth/login", body), response, 401))
                    .isEqualTo(body);
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("X-RateLimit-Limit")).isNull();
        }
    }

    @Test
    void onlyFailuresCountAndTheHeadersSayWhatIsLeftAfterTheAnswer() throws Exception {
        RateLimitRule failures =
                rule("fail", "/api/auth/login", 3, RateLimitSettings.Key.IP, RateLimitSettings.Count.FAILURES, "POST");
        RateLimitFilter filter = filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION, failures);
        for (int status : new int[] {200, 400, 200}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            run(filter, request("POST", "/api/auth/login", "{}"), response, status);
            assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("3");
            assertThat(response.getHeader("X-RateLimit-Reset")).isEqualTo("0");
        }
        MockHttpServletResponse failed = new MockHttpServletResponse();
        run(filter, request("POST", "/api/auth/login", "{}"), failed, 401);
        assertThat(failed.getHeader("X-RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void userRulesCountSignedInUsersWhereverTheyComeFromAndIgnoreAnonymousOnes() throws Exception {
        RateLimitRule user = rule("user", "/**", 2, RateLimitSettings.Key.USER, RateLimitSettings.Count.ALL);
        RateLimitFilter before = filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION, user);
        RateLimitFilter after = filter(RateLimitFilter.Phase.AFTER_AUTHENTICATION, user);
        MockHttpServletResponse beforeAuthentication = new MockHttpServletResponse();
        run(before, request("GET", "/api/users/me", null), beforeAuthentication, 200);
        assertThat(beforeAuthentication.getHeader("X-RateLimit-Limit"))
                .as("user rules wait for the user")
                .isNull();

        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        MockHttpServletResponse anonymous = new MockHttpServletResponse();
        run(after, request("GET", "/api/legal/documents/terms-of-service", null), anonymous, 200);
        assertThat(anonymous.getHeader("X-RateLimit-Limit")).isNull();

        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("user-7", null, "ROLE_USER"));
        List<Integer> statuses = new java.util.ArrayList<>();
        for (String address : new String[] {"198.51.100.1", "198.51.100.2", "203.0.113.3"}) {
            MockHttpServletRequest request = request("GET", "/api/users/me", null);
            request.setRemoteAddr(address);
            MockHttpServletResponse response = new MockHttpServletResponse();
            run(after, request, response, 200);
            statuses.add(response.getStatus());
        }
        assertThat(statuses).containsExactly(200, 200, 429);
    }

    @Test
    void theTightestRuleIsReportedAndRulesApplyOnlyToTheirMethodsAndPaths() throws Exception {
        RateLimitRule reads = rule("reads", "/**", 100, RateLimitSettings.Key.IP, RateLimitSettings.Count.ALL, "GET");
        RateLimitRule legal =
                rule("legal", "/api/legal/**", 3, RateLimitSettings.Key.IP, RateLimitSettings.Count.ALL, "GET");
        RateLimitRule content = rule("content", null, 1, RateLimitSettings.Key.IP, RateLimitSettings.Count.ALL);
        RateLimitFilter filter = filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION, reads, legal, content);

        MockHttpServletResponse legalRead = new MockHttpServletResponse();
        run(filter, request("GET", "/api/legal/documents", null), legalRead, 200);
        assertThat(legalRead.getHeader("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(legalRead.getHeader("X-RateLimit-Remaining")).isEqualTo("2");

        MockHttpServletResponse otherRead = new MockHttpServletResponse();
        run(filter, request("GET", "/api/users/me", null), otherRead, 200);
        assertThat(otherRead.getHeader("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(otherRead.getHeader("X-RateLimit-Remaining")).isEqualTo("98");

        MockHttpServletResponse write = new MockHttpServletResponse();
        run(filter, request("POST", "/api/legal/consent", "{}"), write, 201);
        assertThat(write.getHeader("X-RateLimit-Limit"))
                .as("a rule without paths applies nowhere")
                .isNull();
    }
}
