package org.muejam.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a request whose path, parameters (query string or form) or stored headers hold a
 * {@link ForbiddenCharacters forbidden character}: 400 problem+json of type {@code forbidden-character} naming
 * where. Request bodies are checked as they are parsed ({@link RequestJsonFactory}); together they are the one
 * door every text of a request passes.
 */
public class RequestTextFilter extends OncePerRequestFilter {

    public static final String PROBLEM_TYPE = "forbidden-character";

    /** The headers whose values end up in events or their metadata (the others are parsed or dropped). */
    static final List<String> STORED_HEADERS =
            List.of("User-Agent", RequestIdFilter.REQUEST_ID_HEADER, ClientAddress.FORWARDED_FOR);

    private final ProblemWriter problems;

    public RequestTextFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!refused(request, response, problems)) {
            chain.doFilter(new Utf8HeaderRequest(request, raw(request)), response);
        }
    }

    /**
     * Answers the refusal when the request holds a forbidden character outside its body; false when it holds
     * none. Also used for what the security firewall refuses before this filter runs (a NUL in the path).
     */
    public static boolean refused(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems)
            throws IOException {
        Refusal refusal = check(raw(request));
        if (refusal == null) {
            return false;
        }
        problems.write(
                request,
                response,
                400,
                PROBLEM_TYPE,
                "Forbidden character",
                refusal.field + " holds the character " + ForbiddenCharacters.describe(refusal.character)
                        + ": control characters other than tab, line feed and carriage return, and unpaired "
                        + "surrogates, are refused",
                Map.of("field", refusal.field, "character", ForbiddenCharacters.describe(refusal.character)));
        return true;
    }

    private record Refusal(String field, char character) {}

    private static Refusal check(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            Refusal inPath = refusal("path", UriUtils.decode(path, StandardCharsets.UTF_8));
            if (inPath != null) {
                return inPath;
            }
        } catch (IllegalArgumentException malformed) {
            // a broken escape is the router's to refuse; it matches no endpoint
        }
        String kind = MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))
                ? "parameter"
                : "query parameter";
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            Refusal inName = refusal("a " + kind + " name", parameter.getKey());
            if (inName != null) {
                return inName;
            }
            for (String value : parameter.getValue()) {
                Refusal inValue = refusal(kind + " '" + parameter.getKey() + "'", value);
                if (inValue != null) {
                    return inValue;
                }
            }
        }
        for (String header : STORED_HEADERS) {
            for (String value : Collections.list(request.getHeaders(header))) {
                Refusal inValue = refusal("header " + header, Utf8HeaderRequest.decode(value));
                if (inValue != null) {
                    return inValue;
                }
            }
        }
        return null;
    }

    private static Refusal refusal(String field, String value) {
        int at = value == null ? -1 : ForbiddenCharacters.find(value);
        return at < 0 ? null : new Refusal(field, value.charAt(at));
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException unparsable) {
            return null;
        }
    }

    /**
     * The request as the container gave it: the security firewall's wrapper would throw on a control character
     * in a header before this filter could name it.
     */
    private static HttpServletRequest raw(HttpServletRequest request) {
        ServletRequest at = request;
        while (at instanceof FirewalledRequest firewalled) {
            at = firewalled.getRequest();
        }
        return at instanceof HttpServletRequest http ? http : request;
    }
}
