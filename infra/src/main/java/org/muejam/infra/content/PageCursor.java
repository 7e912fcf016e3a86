package org.muejam.infra.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.muejam.infra.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * The opaque cursor of a page: where the previous page ended (the instant and id of its last item), base64url.
 * Clients pass {@code nextCursor} back as it is; anything else that does not decode is 400 naming the parameter.
 */
public record PageCursor(Instant at, String id) {

    private static final int MAX_LENGTH = 200;
    /** No item is stored after this; a later instant is no cursor of ours (and no database timestamp). */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public String encode() {
        String text = at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or null for the first page. */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            int dot = text.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar || bar == text.length() - 1) {
                throw new IllegalArgumentException("malformed");
            }
            Instant at = Instant.ofEpochSecond(
                    Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1, bar)));
            if (at.isBefore(Instant.EPOCH) || at.isAfter(LATEST) || bar - 1 > MAX_LENGTH) {
                throw new IllegalArgumentException("out of range");
            }
            return new PageCursor(at, text.substring(bar + 1));
        } catch (RuntimeException malformed) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-cursor",
                    "cursor must be a nextCursor of an earlier page",
                    "cursor");
        }
    }

    /**
     * The nextCursor of a keyset page: after its last item (its instant and id) when there are more items, null on
     * the last page.
     */
    public static <T> String next(List<T> items, boolean more, Function<T, Instant> at, Function<T, String> id) {
        if (!more || items.isEmpty()) {
            return null;
        }
        T last = items.get(items.size() - 1);
        return new PageCursor(at.apply(last), id.apply(last)).encode();
    }

    /** The page size asked for: 20 when not given, at most 100. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return 20;
        }
        if (limit < 1 || limit > 100) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-limit", "limit must be between 1 and 100", "limit");
        }
        return limit;
    }
}
