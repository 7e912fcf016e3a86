package org.muejam.infra.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.muejam.infra.web.Problems;
import org.muejam.shared.moderation.ModerationIds;
import org.springframework.http.HttpStatus;

/**
 * Where a page of the moderation queue ended: the last case's rank key (its exact bits), opening time and id,
 * base64url. Anything else that does not decode is 400 naming the parameter, as for the other lists' cursors.
 */
record QueueCursor(double rankKey, Instant openedAt, String caseId) {

    private static final int MAX_LENGTH = 200;

    String encode() {
        String text = Long.toHexString(Double.doubleToRawLongBits(rankKey)) + "|" + openedAt.getEpochSecond() + "."
                + openedAt.getNano() + "|" + caseId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or null for the first page. */
    static QueueCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("malformed");
            }
            double rank = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
            String[] at = parts[1].split("\\.", -1);
            if (at.length != 2 || !Double.isFinite(rank) || !ModerationIds.isValid(ModerationIds.CASE, parts[2])) {
                throw new IllegalArgumentException("malformed");
            }
            Instant openedAt = Instant.ofEpochSecond(Long.parseLong(at[0]), Long.parseLong(at[1]));
            if (openedAt.isBefore(Instant.EPOCH) || openedAt.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new IllegalArgumentException("out of range");
            }
            return new QueueCursor(rank, openedAt, parts[2]);
        } catch (RuntimeException malformed) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-cursor",
                    "cursor must be a nextCursor of an earlier page",
                    "cursor");
        }
    }
}
