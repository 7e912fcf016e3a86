package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request whose stored headers ({@link RequestTextFilter#STORED_HEADERS}) read as the text the client sent: the
 * container hands header bytes over one char each (ISO-8859-1), so a User-Agent holding UTF-8 (an emoji, say) would
 * otherwise be stored as mojibake, or refused by the security firewall as control characters.
 */
public final class Utf8HeaderRequest extends HttpServletRequestWrapper {

    private final HttpServletRequest raw;

    /**
     * @param request the request to pass on
     * @param raw the same request as the container gave it, whose stored headers {@link RequestTextFilter} has
     *     checked (read through the firewall's wrapper, their UTF-8 bytes would be refused)
     */
    public Utf8HeaderRequest(HttpServletRequest request, HttpServletRequest raw) {
        super(request);
        this.raw = raw;
    }

    @Override
    public String getHeader(String name) {
        return stored(name) ? decode(raw.getHeader(name)) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!stored(name)) {
            return super.getHeaders(name);
        }
        List<String> values = Collections.list(raw.getHeaders(name)).stream()
                .map(Utf8HeaderRequest::decode)
                .toList();
        return Collections.enumeration(values);
    }

    private static boolean stored(String name) {
        return RequestTextFilter.STORED_HEADERS.stream().anyMatch(name::equalsIgnoreCase);
    }

    /**
     * The header value's bytes read as UTF-8 when they are valid UTF-8 (plain ASCII is), else the value as the
     * container decoded it.
     */
    public static String decode(String value) {
        if (value == null || value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        if (value.chars().anyMatch(c -> c > 0xff)) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return value;
        }
    }
}
