package org.muejam.command.identity;

import java.util.Optional;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.UserId;

/**
 * Which account an external issuer's identity signs in to: one account per identity, linked in the transaction of
 * the command that stores the link (like {@link EmailDirectory}), so a refused command leaves no link and two
 * concurrent registrations of one identity cannot both succeed. Every link is also an ExternalIdentityLinked
 * event, from which the directory can be refilled.
 */
public interface ExternalIdentityDirectory {

    /** Links the identity to the account; throws a conflict if the identity is linked already. */
    void link(ExternalIdentity identity, UserId userId);

    Optional<UserId> accountOf(ExternalIdentity identity);

    /** The refusal of a second account for one identity. */
    static DomainRuleViolation alreadyLinked() {
        return DomainRuleViolation.conflict(
                "external-identity-already-linked",
                null,
                "this identity of the external issuer has an account here already: its token signs in to it");
    }
}
