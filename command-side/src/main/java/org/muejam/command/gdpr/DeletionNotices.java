package org.muejam.command.gdpr;

import java.time.Instant;

/** The mails a deletion request sends; the adapter knows the platform's public address for the links. */
public interface DeletionNotices {

    /** The request is open: when the account will be erased, and the link to cancel it until then. */
    void requested(String email, String displayName, String requestId, Instant scheduledFor);

    /** The request was cancelled: nothing will be erased. */
    void cancelled(String email, String displayName, String requestId);

    /** The last mail to the address, captured before the erasure: it is done, and where the receipt is. */
    void erased(String email, String requestId, Instant erasedAt);
}
