package org.muejam.infra.web;

/**
 * The characters no text from a request may hold: control characters (Unicode category Cc: C0, DEL and C1) other
 * than tab, line feed and carriage return, and surrogates that are not half of a pair. PostgreSQL refuses NUL and
 * unpaired surrogates in text, so an event holding one could never be projected; the other controls have no place
 * in text people type and hide content from readers and moderators.
 */
public final class ForbiddenCharacters {

    private ForbiddenCharacters() {}

    /** The index of the first forbidden character of {@code text}, or -1. */
    public static int find(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The index, counted from {@code offset}, of the first forbidden character of the range, or -1. */
    public static int find(char[] text, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                i++;
            } else if (forbidden(c)) {
                return i - offset;
            }
        }
        return -1;
    }

    /**
     * For header values, which reach the application as bytes decoded one to one (ISO-8859-1): C0 controls other
     * than tab, and DEL. Bytes from 0x80 up are HTTP's obs-text and may be parts of a UTF-8 sequence, so they
     * pass: a byte 0x85 is not the control NEL here.
     */
    public static int findInHeader(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    /** How a problem document names the character: "U+0000". */
    public static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** A single character outside a pair, seen on its own (so a surrogate here is always unpaired). */
    private static boolean forbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c);
    }
}
