package org.muejam.shared.apikeys;

/** Every key of one owner, oldest first. */
public record ListApiKeysQuery(String ownerId) {}
