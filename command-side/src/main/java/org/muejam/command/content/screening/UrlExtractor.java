package org.muejam.command.content.screening;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every URL in a text: with a scheme, starting with www., or a bare domain (example.org/path). */
public final class UrlExtractor {

    /** One URL as found, and its host (lower case, internationalised names in their ASCII form). */
    public record FoundUrl(String url, String host) {}

    private static final Pattern URL = Pattern.compile("(?i)(?<![\\w@.-])(?:(?:https?|ftp)://[^\\s<>\"'`]+"
            + "|(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,24}"
            + "(?::\\d{1,5})?(?:[/?#][^\\s<>\"'`]*)?)");

    /** Endings that make "word.ending" a file name far more often than a domain. */
    private static final Set<String> FILE_ENDINGS = Set.of(
            "txt", "jpg", "jpeg", "png", "gif", "webp", "pdf", "doc", "docx", "md", "html", "htm", "js", "java", "py",
            "exe", "zip", "csv", "json", "xml", "mp3", "mp4", "epub");

    private static final String TRAILING = ".,;:!?)]}'\"";

    private UrlExtractor() {}

    public static List<FoundUrl> extract(String text) {
        List<FoundUrl> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            String url = trimTrailing(matcher.group());
            String host = host(url);
            if (host == null) {
                continue;
            }
            boolean schemed = url.contains("://");
            String ending = host.substring(host.lastIndexOf('.') + 1);
            if (!schemed && !host.startsWith("www.") && FILE_ENDINGS.contains(ending)) {
                continue;
            }
            found.add(new FoundUrl(url, host));
        }
        return found;
    }

    /** The host of a URL (with or without scheme), or null when it has none that can be read. */
    static String host(String url) {
        String rest = url;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close > 0 ? authority.substring(1, close).toLowerCase(Locale.ROOT) : null;
        }
        int colon = authority.indexOf(':');
        String host = colon >= 0 ? authority.substring(0, colon) : authority;
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return null;
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host.toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the host is the domain or one of its subdomains. */
    public static boolean within(String host, String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        while (d.startsWith(".")) {
            d = d.substring(1);
        }
        if (d.isEmpty()) {
            return false;
        }
        return host.equals(d) || host.endsWith("." + d);
    }

    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
