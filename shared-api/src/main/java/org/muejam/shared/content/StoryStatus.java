package org.muejam.shared.content;

/** Where a story stands: a draft only its author sees, or published and still being written, or finished. */
public enum StoryStatus {
    DRAFT,
    ONGOING,
    COMPLETED
}
