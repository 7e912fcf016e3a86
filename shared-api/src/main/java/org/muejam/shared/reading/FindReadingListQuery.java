package org.muejam.shared.reading;

/** One reading list with its stories, whoever owns it (the caller decides who may see it); an optional answer. */
public record FindReadingListQuery(String listId) {}
