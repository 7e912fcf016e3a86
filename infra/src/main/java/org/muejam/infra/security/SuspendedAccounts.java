package org.muejam.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.projections.identity.SuspensionChanges;
import org.muejam.shared.moderation.AccountSuspension;
import org.muejam.shared.moderation.FindAccountSuspensionQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which accounts are suspended, asked of the users read model through a short per-node cache: every authenticated
 * request checks its account, so a token issued before a suspension is refused within the cache's time (decision
 * 0037). A suspension whose end has passed is not enforced, even before its end is recorded.
 */
@Component
public class SuspendedAccounts implements SuspensionChanges {

    public static final String PROBLEM_TYPE = "account-suspended";

    private final QueryGateway queries;
    private final Clock clock;
    private final Cache<String, Optional<AccountSuspension>> cache;

    public SuspendedAccounts(
            QueryGateway queries,
            Clock clock,
            @Value("${muejam.suspensions.cache-time:PT5S}") Duration cacheTime,
            @Value("${muejam.suspensions.cache-size:100000}") long cacheSize) {
        this.queries = queries;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(cacheTime)
                .maximumSize(cacheSize)
                .build();
    }

    /** The account's suspension in force now, if any. */
    public Optional<AccountSuspension> inForce(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return cache.get(userId, this::ask).filter(suspension -> suspension.inForceAt(clock.instant()));
    }

    /** Refuses (403 account-suspended) an account whose suspension is in force. */
    public void requireNotSuspended(String userId) {
        Optional<AccountSuspension> suspension = inForce(userId);
        if (suspension.isPresent()) {
            throw refusal(suspension.get());
        }
    }

    /** The users projection of this node changed the account's suspension: the next request reads it afresh. */
    @Override
    public void changed(String userId) {
        cache.invalidate(userId);
    }

    /** Every cached answer is dropped: the next request of each account reads it afresh. */
    public void forgetAll() {
        cache.invalidateAll();
    }

    /** The same refusal as the account's at sign-in: the end ("permanent" when none) and the moderator's reason. */
    static DomainRuleViolation refusal(AccountSuspension suspension) {
        String end = suspension.permanent() ? "permanent" : suspension.until().toString();
        return new DomainRuleViolation(
                        DomainRuleViolation.Kind.FORBIDDEN,
                        PROBLEM_TYPE,
                        null,
                        suspension.permanent()
                                ? "this account is suspended until a moderator lifts the suspension"
                                : "this account is suspended until " + end)
                .with("until", end)
                .with("reason", suspension.reason() == null ? "" : suspension.reason());
    }

    private Optional<AccountSuspension> ask(String userId) {
        return Queries.optional(queries, new FindAccountSuspensionQuery(userId), AccountSuspension.class);
    }
}
