package org.muejam.command.shared;

import org.muejam.shared.identity.UserId;

/**
 * Whom the commands of the current request are about when the request is not signed in as that person (signing
 * up, signing in, following an emailed link): the audit trail records it with each command sent afterwards.
 */
public interface CommandAttribution {

    /** The person acts, though not signed in, and the data is theirs. */
    void actingAs(UserId userId);

    /** The data is this person's, whoever acts. */
    void about(UserId subject);
}
