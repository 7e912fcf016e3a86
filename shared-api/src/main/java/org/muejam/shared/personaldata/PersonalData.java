package org.muejam.shared.personaldata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a message field holding personal data. The field is encrypted in the event store with the key of
 * the event's data subject (see {@link DataSubject}); once that key is erased the field reads back as
 * {@link #replacement()} (text fields) or null (other types).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    String ERASED = "[erased]";

    String replacement() default ERASED;
}
