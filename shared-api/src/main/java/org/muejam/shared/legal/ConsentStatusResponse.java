package org.muejam.shared.legal;

import java.time.Instant;
import java.util.List;

public record ConsentStatusResponse(List<PendingDocument> pending, List<AcceptedDocument> accepted) {

    /** A document in effect that needs the person's consent and has not had it. */
    public record PendingDocument(String type, String version) {}

    /**
     * A consent the person gave, with the address and client it came from ({@code [erased]} once the person's key
     * is erased; null when none was recorded).
     */
    public record AcceptedDocument(
            String type, String version, Instant consentedAt, String ipAddress, String userAgent) {}
}
