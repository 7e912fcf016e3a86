package org.muejam.shared.privacy;

import org.muejam.shared.identity.UserId;

/** Every consent a person gave or withdrew, oldest first. */
public record FindConsentHistoryQuery(UserId userId) {}
