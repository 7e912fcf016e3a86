package org.muejam.command.content.screening;

import java.util.List;
import java.util.Set;

/** A URL-reputation service (Google Safe Browsing, a local block-list): which of these URLs are known bad. */
public interface UrlReputation {

    /**
     * The verdict on a batch of URLs.
     *
     * @param malicious the URLs, as given, known to be malicious
     * @param checked false when the service could not answer; the caller then lets the URLs through
     */
    record Verdict(Set<String> malicious, boolean checked) {

        public static Verdict clean() {
            return new Verdict(Set.of(), true);
        }

        public static Verdict unchecked() {
            return new Verdict(Set.of(), false);
        }
    }

    Verdict check(List<String> urls);
}
