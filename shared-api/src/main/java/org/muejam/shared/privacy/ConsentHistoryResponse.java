package org.muejam.shared.privacy;

import java.time.Instant;
import java.util.List;

/** A person's consents, given and withdrawn, oldest first. */
public record ConsentHistoryResponse(List<Entry> items) {

    /**
     * One consent given ({@code GIVEN}) or withdrawn ({@code WITHDRAWN}) at {@code at}. {@code purpose} is a legal
     * document's type (with its {@code version}), {@code analytics} or {@code marketing} (privacy settings), or
     * {@code analytics-cookies} or {@code marketing-cookies} (cookie choices); {@code source} says which.
     */
    public record Entry(String purpose, String status, String version, String source, boolean required, Instant at) {}
}
