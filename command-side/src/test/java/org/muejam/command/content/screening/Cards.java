package org.muejam.command.content.screening;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated payment card numbers: valid ones (Luhn check digit computed) and ones whose check digit is wrong. */
final class Cards {

    private Cards() {}

    static Arbitrary<String> valid() {
        return body().map(b -> b + checkDigit(b));
    }

    static Arbitrary<String> invalid() {
        return Combinators.combine(body(), Arbitraries.integers().between(1, 9))
                .as((b, off) -> b + (char) ('0' + (checkDigit(b) + off) % 10));
    }

    /** 12 to 18 digits, starting like a card (not 0), before the check digit. */
    private static Arbitrary<String> body() {
        return Combinators.combine(
                        Arbitraries.of("4", "51", "55", "37", "6011", "35"),
                        Arbitraries.strings().numeric().ofLength(18))
                .as((prefix, rest) -> prefix + rest)
                .flatMap(digits -> Arbitraries.of(12, 14, 15, 18).map(length -> digits.substring(0, length)));
    }

    static int checkDigit(String body) {
        int sum = 0;
        boolean twice = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** The number as people write it: plain, or in groups of four split by spaces or dashes (16 digits). */
    static String written(String digits, int style) {
        if (digits.length() != 16 || style == 0) {
            return digits;
        }
        String sep = style == 1 ? " " : "-";
        return digits.substring(0, 4)
                + sep
                + digits.substring(4, 8)
                + sep
                + digits.substring(8, 12)
                + sep
                + digits.substring(12);
    }
}
