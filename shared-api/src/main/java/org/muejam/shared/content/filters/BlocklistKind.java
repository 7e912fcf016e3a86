package org.muejam.shared.content.filters;

/** What one block-list entry blocks: a word (the profanity list) or a URL's domain and its subdomains. */
public enum BlocklistKind {
    WORD,
    URL_DOMAIN
}
