package org.muejam.shared.identity;

public record TwoFactorStatusResponse(boolean enabled) {}
