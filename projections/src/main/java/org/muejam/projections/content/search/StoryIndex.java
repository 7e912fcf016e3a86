package org.muejam.projections.content.search;

/**
 * The port through which the search projection writes the story index (the adapter is infra's Elasticsearch one).
 * Every call returns once the index took the document, and throws when it refused it, so that the event that led
 * to the document is parked in the projection's dead-letter queue rather than lost or retried forever.
 */
public interface StoryIndex {

    /**
     * Writes the document. While a rebuild fills a fresh index, the document goes there; when {@code live} (the
     * event is new, not a replayed one) it also goes to the index searches read, so it stays current meanwhile.
     */
    void put(StoryDocument document, boolean live);

    /** A rebuild starts: later writes fill a fresh index, searched once the projection has caught up. */
    void beginRebuild();
}
