package org.muejam.shared.legal;

/** Which documents in effect a person still has to accept, and every consent they gave. */
public record FindConsentStatusQuery(String userId) {}
