package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;

/** Request headers the platform keeps (in events and their metadata), cut to a bounded length where captured. */
public final class StoredHeaders {

    /** Characters of a User-Agent that are kept; the rest is dropped. */
    public static final int USER_AGENT_MAX_LENGTH = 512;

    private StoredHeaders() {}

    /** The request's User-Agent, at most {@value #USER_AGENT_MAX_LENGTH} characters; null when absent. */
    public static String userAgent(HttpServletRequest request) {
        return truncate(request.getHeader("User-Agent"), USER_AGENT_MAX_LENGTH);
    }

    /** Cuts before {@code max} characters, never between the two halves of a surrogate pair. */
    static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
