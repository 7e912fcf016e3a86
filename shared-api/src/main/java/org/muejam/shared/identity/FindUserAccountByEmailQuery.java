package org.muejam.shared.identity;

/** The account that holds this address, however the address is typed. */
public record FindUserAccountByEmailQuery(String email) {}
