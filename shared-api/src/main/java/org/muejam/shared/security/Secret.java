package org.muejam.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that proves or grants access (a shared secret, a password, token, backup-code or API-key hash):
 * stored as it is, but never shown to anyone, administrators included. Views of events and aggregate state (the
 * history endpoints) show {@link #REDACTED} in its place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Secret {

    String REDACTED = "[redacted]";
}
