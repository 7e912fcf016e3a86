package org.muejam.infra.apidocs;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.muejam.infra.security.ExternalAccountGate;
import org.muejam.infra.security.SecurityConfig;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call an operation, as the API document states it: the credentials each operation accepts. The rules are
 * those of the security configuration and the API-key filter, written out for readers; {@code OpenApiDocumentTest}
 * sends each operation an anonymous request and one with an API key and fails when an answer disagrees.
 */
enum DocumentedAccess {
    /** Anyone, no credential. */
    PUBLIC,
    /** Anyone; a signed-in caller's credential is used when sent. */
    OPTIONAL,
    /** A signed-in session (bearer token or cookie), never an API key: keys, the second factor, sessions. */
    SESSION_ONLY,
    /** Any credential: a bearer token, an API key or the session cookie. */
    SIGNED_IN;

    static final String BEARER = "bearerToken";
    static final String API_KEY = "apiKey";
    static final String ACCESS_COOKIE = "accessCookie";
    static final String REFRESH_COOKIE = "refreshCookie";
    static final String XSRF = "xsrfToken";

    /**
     * What the filter chain lets anyone POST to, less the external registration, which lets the request through to
     * demand the external issuer's bearer token itself.
     */
    private static final Set<String> ANONYMOUS_POSTS = SecurityConfig.anonymousPosts().stream()
            .filter(path -> !path.equals(ExternalAccountGate.REGISTER))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> READS = Set.of("get", "head", "options");

    private static final PathPattern LEGAL_DOCUMENTS = pattern("/api/legal/documents/**");
    private static final PathPattern STORIES = pattern("/api/stories/**");
    private static final PathPattern WHISPERS = pattern("/api/whispers/**");
    private static final PathPattern IMAGES = pattern("/api/images/*");
    private static final PathPattern SEARCH = pattern("/api/search/**");
    private static final PathPattern EXPORT_DOWNLOAD = pattern("/api/gdpr/export/*/download");
    private static final PathPattern DELETION_RECEIPT = pattern("/api/gdpr/delete/*");
    private static final PathPattern KEY_MANAGEMENT = pattern("/api/keys/**");
    private static final PathPattern ACCOUNT_CREDENTIALS = pattern("/api/auth/**");

    static DocumentedAccess of(String method, String path) {
        boolean read = READS.contains(method);
        if ("post".equals(method) && ANONYMOUS_POSTS.contains(path)) {
            return PUBLIC;
        }
        if (read && matches(LEGAL_DOCUMENTS, path)) {
            return PUBLIC;
        }
        if (read && (matches(STORIES, path) || matches(WHISPERS, path))) {
            return OPTIONAL;
        }
        if (read && matches(IMAGES, path)) {
            return PUBLIC;
        }
        // an export's download link carries its own credential, its signature
        if (read && matches(EXPORT_DOWNLOAD, path)) {
            return PUBLIC;
        }
        // a deletion request's state and receipt outlive the account: its random id, mailed to the person, is the key
        if (read && matches(DELETION_RECEIPT, path)) {
            return PUBLIC;
        }
        if ("put".equals(method) && "/api/legal/cookie-consent".equals(path)) {
            return OPTIONAL;
        }
        // anyone searches; a signed-in reader's NSFW preference applies
        if (read && matches(SEARCH, path)) {
            return OPTIONAL;
        }
        if (matches(KEY_MANAGEMENT, path) || (!read && matches(ACCOUNT_CREDENTIALS, path))) {
            return SESSION_ONLY;
        }
        return SIGNED_IN;
    }

    /** The credentials accepted, each entry one alternative; an empty entry means "none needed". */
    List<SecurityRequirement> requirements(String method, String path) {
        boolean write = !READS.contains(method);
        List<SecurityRequirement> alternatives = new ArrayList<>();
        if (this == PUBLIC || this == OPTIONAL) {
            alternatives.add(new SecurityRequirement());
        }
        if ("/api/auth/refresh".equals(path)) {
            // the refresh token comes in the body or, for browsers, as a cookie echoed with the CSRF token
            alternatives.add(new SecurityRequirement().addList(REFRESH_COOKIE).addList(XSRF));
        } else if ("/api/auth/logout".equals(path)) {
            alternatives.add(new SecurityRequirement().addList(REFRESH_COOKIE));
        }
        if (this == PUBLIC) {
            return alternatives;
        }
        alternatives.add(new SecurityRequirement().addList(BEARER));
        if (this != SESSION_ONLY) {
            alternatives.add(new SecurityRequirement().addList(API_KEY));
        }
        SecurityRequirement cookie = new SecurityRequirement().addList(ACCESS_COOKIE);
        alternatives.add(write ? cookie.addList(XSRF) : cookie);
        return alternatives;
    }

    boolean needsCredential() {
        return this == SESSION_ONLY || this == SIGNED_IN;
    }

    private static boolean matches(PathPattern pattern, String path) {
        return pattern.matches(PathContainer.parsePath(path));
    }

    private static PathPattern pattern(String text) {
        return PathPatternParser.defaultInstance.parse(text);
    }
}
