package org.muejam.shared.identity;

/** Platform roles, from least to most privileged. */
public enum Role {
    USER,
    MODERATOR,
    SENIOR_MODERATOR,
    ADMINISTRATOR
}
