package org.muejam.infra.safety;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lets sign-up, sign-in, DMCA notices and content submissions through only with a reCAPTCHA token (header
 * {@value #TOKEN_HEADER}) made for the matching action; every other request passes untouched. Being a filter,
 * it guards these endpoints without their controllers knowing.
 */
public class CaptchaFilter extends OncePerRequestFilter {

    public static final String TOKEN_HEADER = "X-Captcha-Token";
    public static final String REGISTER = "register";
    public static final String LOGIN = "login";
    public static final String CONTENT = "content";
    public static final String DMCA = "dmca";

    private static final Set<String> CONTENT_METHODS = Set.of("POST", "PUT", "PATCH");
    /** The public forms: anyone may send them, so a bot may too. */
    public static final Map<String, String> PUBLIC_FORMS = Map.of(
            "/api/auth/register", REGISTER,
            "/api/auth/login", LOGIN,
            "/api/dmca/takedowns", DMCA);

    private final CaptchaVerifier verifier;
    private final ProblemWriter problems;
    private final List<PathPattern> contentPaths;
    private final UrlPathHelper paths = new UrlPathHelper();

    public CaptchaFilter(CaptchaVerifier verifier, ProblemWriter problems, List<String> contentPaths) {
        this.verifier = verifier;
        this.problems = problems;
        this.contentPaths = contentPaths.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    /** The action a token for this request must have been made for, or null when the request needs none. */
    String actionFor(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        String method = request.getMethod();
        if ("POST".equals(method) && PUBLIC_FORMS.containsKey(path)) {
            return PUBLIC_FORMS.get(path);
        }
        if (CONTENT_METHODS.contains(method)) {
            PathContainer container = PathContainer.parsePath(path);
            if (contentPaths.stream().anyMatch(pattern -> pattern.matches(container))) {
                return CONTENT;
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String action = actionFor(request);
        if (action == null) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(TOKEN_HEADER);
        try {
            CaptchaVerdict verdict = token == null || token.isBlank()
                    ? CaptchaVerdict.refuse(
                            0,
                            "send the reCAPTCHA v3 token for the action '" + action + "' in the " + TOKEN_HEADER
                                    + " header")
                    : verifier.verify(token.strip(), action, ClientAddress.of(request));
            CaptchaPolicy.requirePassed(verdict);
        } catch (DomainRuleViolation refusal) {
            problems.write(
                    request,
                    response,
                    400,
                    refusal.problemType(),
                    "Captcha failed",
                    refusal.getMessage(),
                    Map.of(
                            "field",
                            refusal.field(),
                            "errors",
                            List.of(Map.of("field", refusal.field(), "message", refusal.getMessage()))));
            return;
        } catch (CaptchaUnavailable unavailable) {
            response.setHeader("Retry-After", "30");
            problems.write(
                    request,
                    response,
                    503,
                    "captcha-unavailable",
                    "Service unavailable",
                    "the CAPTCHA check cannot be done right now (" + unavailable.getMessage() + "); try again shortly",
                    null);
            return;
        }
        chain.doFilter(request, response);
    }
}
