package org.muejam.command.content.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.Sensitivity;

/**
 * Every URL of the text (bare domains too) against the configured block-list, then the URL-reputation service.
 * A URL on a blocked domain or known bad is refused; allowed domains are never refused nor sent out. At HIGH, a
 * URL whose host is a bare IP address is flagged. The reputation service is asked once per text, for every URL.
 */
public final class MaliciousUrlFilter implements ContentFilter {

    public static final String RULE = "malicious-url";

    private static final Pattern IP_HOST = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:]*");

    private final UrlReputation reputation;

    public MaliciousUrlFilter(UrlReputation reputation) {
        this.reputation = reputation;
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public FilterOutcome apply(String text, ContentFilterSettings settings) {
        if (settings.sensitivity().maliciousUrls() == Sensitivity.OFF) {
            return FilterOutcome.ALLOW;
        }
        Map<String, String> hostsByUrl = new LinkedHashMap<>();
        for (UrlExtractor.FoundUrl url : UrlExtractor.extract(text)) {
            if (settings.allowedDomains().stream().anyMatch(d -> UrlExtractor.within(url.host(), d))) {
                continue;
            }
            if (settings.blockedDomains().stream().anyMatch(d -> UrlExtractor.within(url.host(), d))) {
                return new FilterOutcome.Block(
                        RULE, "blocklist", "the text links to a blocked domain (" + url.host() + ")", url.host());
            }
            hostsByUrl.putIfAbsent(url.url(), url.host());
        }
        if (hostsByUrl.isEmpty()) {
            return FilterOutcome.ALLOW;
        }
        UrlReputation.Verdict verdict = reputation.check(new ArrayList<>(hostsByUrl.keySet()));
        for (Map.Entry<String, String> url : hostsByUrl.entrySet()) {
            if (verdict.malicious().contains(url.getKey())) {
                return new FilterOutcome.Block(
                        RULE,
                        "reputation",
                        "the text links to a site known to be unsafe (" + url.getValue() + ")",
                        url.getValue());
            }
        }
        if (settings.sensitivity().maliciousUrls() == Sensitivity.HIGH) {
            List<String> ipHosts = hostsByUrl.values().stream()
                    .filter(h -> IP_HOST.matcher(h).matches())
                    .toList();
            if (!ipHosts.isEmpty()) {
                return FilterOutcome.flag(RULE, "ip-address-host", "LOW", "a link to a bare IP address");
            }
        }
        return FilterOutcome.ALLOW;
    }
}
