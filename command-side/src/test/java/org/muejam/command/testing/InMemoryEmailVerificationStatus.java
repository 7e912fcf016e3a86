package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.shared.identity.UserId;

/** Test double for {@link EmailVerificationStatus}: accounts known with their verified flag; others unknown. */
public final class InMemoryEmailVerificationStatus implements EmailVerificationStatus {

    private final Map<UserId, Boolean> accounts = new HashMap<>();

    public InMemoryEmailVerificationStatus account(UserId userId, boolean emailVerified) {
        accounts.put(userId, emailVerified);
        return this;
    }

    @Override
    public boolean isEmailVerified(UserId userId) {
        return accounts.getOrDefault(userId, false);
    }
}
