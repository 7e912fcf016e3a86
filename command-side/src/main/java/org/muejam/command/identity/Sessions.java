package org.muejam.command.identity;

import org.muejam.shared.identity.UserId;

/** The person's signed-in sessions, as far as a use case needs them: ending them all. */
public interface Sessions {

    void endAll(UserId userId);
}
