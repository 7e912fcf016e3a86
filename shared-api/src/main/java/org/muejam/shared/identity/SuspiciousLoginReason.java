package org.muejam.shared.identity;

/** Why a sign-in looked unlike the person's usual ones. */
public enum SuspiciousLoginReason {
    NEW_COUNTRY,
    NEW_NETWORK,
    UNUSUAL_HOUR,
    REPEATED_FAILURES
}
