package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import org.muejam.command.reading.ReadingListQuota;
import org.muejam.shared.identity.UserId;

/** Test double for {@link ReadingListQuota} with the production adapter's contract: a count per owner, capped. */
public final class InMemoryReadingListQuota implements ReadingListQuota {

    private final Map<UserId, Integer> lists = new HashMap<>();

    @Override
    public boolean take(UserId owner, int max) {
        int held = held(owner);
        if (held >= max) {
            return false;
        }
        lists.put(owner, held + 1);
        return true;
    }

    @Override
    public void giveBack(UserId owner) {
        lists.put(owner, Math.max(0, held(owner) - 1));
    }

    /** Arranges lists the owner made earlier. */
    public InMemoryReadingListQuota holding(UserId owner, int count) {
        lists.put(owner, count);
        return this;
    }

    public int held(UserId owner) {
        return lists.getOrDefault(owner, 0);
    }
}
