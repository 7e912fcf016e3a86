package org.muejam.shared.identity;

/** Whether this person signs in with a second factor. */
public record FindTwoFactorStatusQuery(String userId) {}
