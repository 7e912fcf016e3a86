package org.muejam.infra.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.muejam.command.content.application.FilterSettingsCache;
import org.muejam.command.content.screening.UrlExtractor;
import org.muejam.command.content.screening.UrlReputation;
import org.muejam.shared.content.filters.ContentFilterSettings;

/**
 * The URL-reputation service without any outside one: a URL is known bad when its host lies in a blocked domain of
 * the filter configuration (and in no allowed one). The default while Google Safe Browsing is off.
 */
public class LocalBlocklistUrlReputation implements UrlReputation {

    private final FilterSettingsCache settings;

    public LocalBlocklistUrlReputation(FilterSettingsCache settings) {
        this.settings = settings;
    }

    @Override
    public Verdict check(List<String> urls) {
        ContentFilterSettings current = settings.current();
        Set<String> malicious = urls.stream()
                .filter(url -> {
                    String host = UrlExtractor.extract(url).stream()
                            .findFirst()
                            .map(UrlExtractor.FoundUrl::host)
                            .orElse(null);
                    return host != null
                            && current.blockedDomains().stream().anyMatch(d -> UrlExtractor.within(host, d))
                            && current.allowedDomains().stream().noneMatch(d -> UrlExtractor.within(host, d));
                })
                .collect(Collectors.toUnmodifiableSet());
        return new Verdict(malicious, true);
    }
}
