package org.muejam.projections.content.search;

/**
 * The port through which the search projection drops the answers to searches kept for a while (the adapter is
 * infra's cache of first pages): an answer given before an author was erased shows their name, and finds their
 * stories by it, until it is dropped.
 */
public interface CachedSearches {

    /** Drops every kept answer; searches from now on ask the index. */
    void forgetAll();
}
