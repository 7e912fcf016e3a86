package org.muejam.shared.identity;

/** The account with this id, as the users read model has it once the account's own events are in. */
public record FindUserAccountQuery(String userId) {}
