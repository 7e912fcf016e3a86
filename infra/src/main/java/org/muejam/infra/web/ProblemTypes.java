package org.muejam.infra.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The problem type of a refusal that carries no type of its own (the framework's, the container's): one stable
 * slug per status, so a client never sees {@code about:blank}.
 */
public final class ProblemTypes {

    private ProblemTypes() {}

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal-error";
            case 503 -> "service-unavailable";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null
                        ? "http-" + status
                        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            }
        };
    }

    /** The title of a status, as the reason phrase says it ("Not Found"). */
    public static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
