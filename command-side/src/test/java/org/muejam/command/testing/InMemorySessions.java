package org.muejam.command.testing;

import java.util.ArrayList;
import java.util.List;
import org.muejam.command.identity.Sessions;
import org.muejam.shared.identity.UserId;

/** Records whose sessions were ended. */
public final class InMemorySessions implements Sessions {

    private final List<UserId> ended = new ArrayList<>();

    @Override
    public void endAll(UserId userId) {
        ended.add(userId);
    }

    public List<UserId> ended() {
        return List.copyOf(ended);
    }
}
