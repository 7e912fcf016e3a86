package org.muejam.command.gdpr;

/**
 * Forgets a person in the event store by destroying their encryption key (crypto-shredding, decision 0002): every
 * personal field of every stored event, and every read-model copy sealed under the key, reads as its placeholder.
 */
public interface SubjectErasure {

    /**
     * Destroys the subject's key for good, committed on its own, on every node. True when there was a key to
     * destroy; false when the subject was erased before or never had one.
     */
    boolean erase(String subjectId);

    /** Whether the subject's key is destroyed (a tombstone is stored). */
    boolean isErased(String subjectId);
}
