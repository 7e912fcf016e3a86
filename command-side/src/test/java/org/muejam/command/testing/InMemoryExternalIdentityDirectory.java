package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.muejam.command.identity.ExternalIdentityDirectory;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.UserId;

/** Test double for {@link ExternalIdentityDirectory}: the first link of an identity wins, later ones conflict. */
public final class InMemoryExternalIdentityDirectory implements ExternalIdentityDirectory {

    private final Map<ExternalIdentity, UserId> links = new HashMap<>();

    @Override
    public void link(ExternalIdentity identity, UserId userId) {
        if (links.putIfAbsent(identity, userId) != null) {
            throw ExternalIdentityDirectory.alreadyLinked();
        }
    }

    @Override
    public Optional<UserId> accountOf(ExternalIdentity identity) {
        return Optional.ofNullable(links.get(identity));
    }

    public Map<ExternalIdentity, UserId> links() {
        return Map.copyOf(links);
    }
}
