package org.muejam.infra.identity;

import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.shared.Queries;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * Email verification as the users read model has it. The query waits, bounded, for the account's own events, so a
 * verification is visible here as soon as its request has answered.
 */
@Component
public class ReadModelEmailVerificationStatus implements EmailVerificationStatus {

    private final QueryGateway queries;

    public ReadModelEmailVerificationStatus(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean isEmailVerified(UserId userId) {
        return Queries.optional(queries, new FindUserAccountQuery(userId.value()), UserAccountResponse.class)
                .map(UserAccountResponse::emailVerified)
                .orElse(false);
    }
}
