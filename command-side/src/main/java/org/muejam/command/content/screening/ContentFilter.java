package org.muejam.command.content.screening;

import org.muejam.shared.content.filters.ContentFilterSettings;

/** One automated filter: a function of the text and the configuration, nothing else. */
public interface ContentFilter {

    /** The filter's stable name: a refusal's field, a finding's rule. */
    String rule();

    FilterOutcome apply(String text, ContentFilterSettings settings);
}
