package org.muejam.infra.identity;

import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.query.identity.UserAccountReader;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * Email verification as the users read model has it. Commands wait for the read models before they answer, so a
 * verification is visible here by the time its request has returned.
 */
@Component
public class ReadModelEmailVerificationStatus implements EmailVerificationStatus {

    private final UserAccountReader users;

    public ReadModelEmailVerificationStatus(UserAccountReader users) {
        this.users = users;
    }

    @Override
    public boolean isEmailVerified(UserId userId) {
        return users.byId(userId.value())
                .map(UserAccountReader.UserAccountView::emailVerified)
                .orElse(false);
    }
}
