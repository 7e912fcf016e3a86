package org.muejam.command.content.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.PiiType;
import org.muejam.shared.content.filters.Sensitivity;

/**
 * Personal data in a text: email addresses, phone numbers, US social security numbers and payment card numbers
 * (13 to 19 digits passing the Luhn check). It reports kinds, never values, and redacts SSNs (all asterisks) and
 * card numbers (asterisks but the last four digits), keeping spaces and dashes. Sensitivity LOW looks for email
 * addresses, dashed SSNs and card numbers; MEDIUM adds phone numbers; HIGH adds SSNs written with spaces or no
 * separator. Values on the allow-list (compared as lower-case text, numbers by their digits) are never reported.
 */
public final class PiiDetector {

    /** One piece of personal data: its kind and where it is (never shown to anyone). */
    record Found(PiiType type, int start, int end) {}

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}");
    private static final Pattern CARD = Pattern.compile(
            "(?<![\\d-])(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,7}|\\d{4}([ -])\\d{6}\\2\\d{4,5})(?![\\d])");
    private static final Pattern SSN_DASHED = Pattern.compile("(?<![\\d-])(\\d{3})-(\\d{2})-(\\d{4})(?![\\d-])");
    private static final Pattern SSN_LOOSE = Pattern.compile("(?<![\\d-])(\\d{3}) ?(\\d{2}) ?(\\d{4})(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:"
            + "(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}"
            + "|\\+\\d{1,3}(?:[ .-]?\\d){7,12}"
            + ")(?!\\d)");

    private PiiDetector() {}

    /** The kinds of personal data in the text. */
    public static Set<PiiType> detect(String text, ContentFilterSettings settings) {
        Set<PiiType> types = EnumSet.noneOf(PiiType.class);
        for (Found found : find(text, settings)) {
            types.add(found.type());
        }
        return types;
    }

    /** The text with every SSN and card number masked, everything else as it was. */
    public static String redact(String text, ContentFilterSettings settings) {
        List<Found> found = find(text, settings);
        if (found.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Found f : found) {
            if (f.type() == PiiType.SSN) {
                mask(chars, f.start(), f.end(), 0);
            } else if (f.type() == PiiType.CREDIT_CARD) {
                mask(chars, f.start(), f.end(), 4);
            }
        }
        return new String(chars);
    }

    /** Asterisks for the digits in [start, end) but the last {@code keep}. */
    private static void mask(char[] chars, int start, int end, int keep) {
        int kept = 0;
        for (int i = end - 1; i >= start; i--) {
            if (Character.isDigit(chars[i])) {
                if (kept < keep) {
                    kept++;
                } else {
                    chars[i] = '*';
                }
            }
        }
    }

    /** Every piece found, without overlaps: cards first, then SSNs, phone numbers and addresses. */
    static List<Found> find(String text, ContentFilterSettings settings) {
        List<Found> found = new ArrayList<>();
        Sensitivity sensitivity = settings.sensitivity().pii();
        if (text == null || text.isEmpty() || sensitivity == Sensitivity.OFF) {
            return found;
        }
        Set<String> allowed = allowList(settings);
        // a candidate that fails its check may hide a real one starting inside it: search again one further on
        Matcher card = CARD.matcher(text);
        for (int from = 0; from < text.length() && card.find(from); ) {
            String digits = digits(card.group());
            if (luhn(digits) && !allowed.contains(digits)) {
                add(found, new Found(PiiType.CREDIT_CARD, card.start(), card.end()));
                from = card.end();
            } else {
                from = card.start() + 1;
            }
        }
        Matcher ssn = (sensitivity == Sensitivity.HIGH ? SSN_LOOSE : SSN_DASHED).matcher(text);
        for (int from = 0; from < text.length() && ssn.find(from); ) {
            if (validSsn(ssn.group(1), ssn.group(2), ssn.group(3)) && !allowed.contains(digits(ssn.group()))) {
                add(found, new Found(PiiType.SSN, ssn.start(), ssn.end()));
                from = ssn.end();
            } else {
                from = ssn.start() + 1;
            }
        }
        if (sensitivity != Sensitivity.LOW) {
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                if (!allowed.contains(digits(phone.group()))) {
                    add(found, new Found(PiiType.PHONE, phone.start(), phone.end()));
                }
            }
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            if (!allowed.contains(email.group().toLowerCase(Locale.ROOT))) {
                add(found, new Found(PiiType.EMAIL, email.start(), email.end()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void add(List<Found> found, Found candidate) {
        for (Found f : found) {
            if (candidate.start() < f.end() && f.start() < candidate.end()) {
                return;
            }
        }
        found.add(candidate);
    }

    private static Set<String> allowList(ContentFilterSettings settings) {
        Set<String> allowed = new HashSet<>();
        for (String value : settings.piiAllowList()) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            allowed.add(v);
            String digits = digits(v);
            if (digits.length() >= 7 && !v.contains("@")) {
                allowed.add(digits);
            }
        }
        return allowed;
    }

    static String digits(String value) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The Luhn (mod 10) check of a string of digits. */
    public static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Never issued: area 000, 666 or 900-999, group 00, serial 0000. */
    static boolean validSsn(String area, String group, String serial) {
        int a = Integer.parseInt(area);
        return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
    }
}
