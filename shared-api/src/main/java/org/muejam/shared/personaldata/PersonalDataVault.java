package org.muejam.shared.personaldata;

/**
 * Personal data kept outside the event store (in read models) under the same per-subject key as the events, so
 * erasing the subject's key forgets those copies too.
 */
public interface PersonalDataVault {

    /**
     * Seals a value for a subject. Deterministic for the same subject, context and value, so a rebuilt read model
     * holds the very same bytes; the context (say, an event id and a column) keeps equal values in different places
     * from looking alike.
     */
    String seal(String subjectId, String context, String value);

    /** The value, or {@link PersonalData#ERASED} once the subject's key is gone; values never sealed come back as is. */
    String open(String subjectId, String value);
}
