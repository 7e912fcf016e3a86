package org.muejam.projections.identity;

/**
 * Told when an account's suspension changed in the users read model, once the change is committed, so a node that
 * caches suspensions forgets the account's at once instead of at the end of its cache time (decision 0037).
 */
public interface SuspensionChanges {

    void changed(String userId);
}
