package org.muejam.shared.apikeys;

/** One key as its last stored event left it: a new key works, and a revoked one stops, at once. */
public record FindApiKeyQuery(String keyId) {}
