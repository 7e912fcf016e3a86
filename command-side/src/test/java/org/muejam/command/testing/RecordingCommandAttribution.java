package org.muejam.command.testing;

import java.util.ArrayList;
import java.util.List;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.shared.identity.UserId;

/** Keeps what a use case attributed its commands to, in order ("acting:id" or "about:id"). */
public final class RecordingCommandAttribution implements CommandAttribution {

    private final List<String> recorded = new ArrayList<>();

    @Override
    public void actingAs(UserId userId) {
        recorded.add("acting:" + userId.value());
    }

    @Override
    public void about(UserId subject) {
        recorded.add("about:" + subject.value());
    }

    public List<String> recorded() {
        return List.copyOf(recorded);
    }
}
