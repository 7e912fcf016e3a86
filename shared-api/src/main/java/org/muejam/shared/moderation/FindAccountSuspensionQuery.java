package org.muejam.shared.moderation;

/** The account's suspension as the users read model has it; empty when it has none. */
public record FindAccountSuspensionQuery(String userId) {}
