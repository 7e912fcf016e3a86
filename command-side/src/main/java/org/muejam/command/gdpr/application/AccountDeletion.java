package org.muejam.command.gdpr.application;

import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.gdpr.DeletionNotices;
import org.muejam.command.identity.LockoutPolicy;
import org.muejam.command.identity.PasswordHasher;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.MailFailure;
import org.muejam.command.shared.Queries;
import org.muejam.shared.gdpr.CancelAccountDeletionCommand;
import org.muejam.shared.gdpr.DeletionRequestId;
import org.muejam.shared.gdpr.DeletionRequestResponse;
import org.muejam.shared.gdpr.FindDeletionRequestQuery;
import org.muejam.shared.gdpr.RequestAccountDeletionCommand;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A person asks for their account to be erased (with their password), may take it back within the grace period,
 * and reads where their request stands. The erasure itself is {@link AccountErasure}'s, when the grace ends.
 */
@Service
public class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordHasher passwords;
    private final DeletionNotices notices;
    private final Clock clock;

    public AccountDeletion(
            CommandGateway commands,
            QueryGateway queries,
            PasswordHasher passwords,
            DeletionNotices notices,
            Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.notices = notices;
    }

    /**
     * Opens a deletion request once the current password is checked (a wrong one counts as a wrong sign-in does), and
     * mails the cancellation link. A second request while one is pending is refused, naming the pending one.
     */
    public DeletionRequestResponse request(String userId, String password) {
        UserAccountResponse account = withPassword(userId, password);
        String requestId = DeletionRequestId.random();
        commands.sendAndWait(new RequestAccountDeletionCommand(requestId, UserId.of(userId)));
        DeletionRequestResponse request = find(requestId)
                .orElseThrow(() -> new IllegalStateException(
                        "the deletion request " + requestId + " was stored but cannot be read back"));
        try {
            notices.requested(account.email(), account.displayName(), requestId, request.scheduledFor());
        } catch (MailFailure failure) {
            // the request stands; its id is in the answer, and GET /api/gdpr/delete/{id} shows it
            log.warn("could not mail the deletion request {} to user {}: {}", requestId, userId, failure.getMessage());
        }
        return request;
    }

    /** Takes the request back; the owner's alone (another person's reads as not found). */
    public DeletionRequestResponse cancel(String userId, String requestId) {
        requireWellFormed(requestId);
        commands.sendAndWait(new CancelAccountDeletionCommand(requestId, UserId.of(userId)));
        DeletionRequestResponse request = find(requestId).orElseThrow(AccountDeletion::notFound);
        Queries.optional(queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                .ifPresent(account -> {
                    try {
                        notices.cancelled(account.email(), account.displayName(), requestId);
                    } catch (MailFailure failure) {
                        log.warn("could not mail the cancellation of {}: {}", requestId, failure.getMessage());
                    }
                });
        return request;
    }

    /**
     * The request and, once completed, its receipt. Its id is the key: it is random, mailed to the person, and what
     * it shows holds nothing personal, so the person can read it after their account is gone.
     */
    public DeletionRequestResponse status(String requestId) {
        requireWellFormed(requestId);
        return find(requestId).orElseThrow(AccountDeletion::notFound);
    }

    private Optional<DeletionRequestResponse> find(String requestId) {
        return Queries.optional(queries, new FindDeletionRequestQuery(requestId), DeletionRequestResponse.class);
    }

    private static void requireWellFormed(String requestId) {
        if (!DeletionRequestId.isValid(requestId)) {
            throw notFound();
        }
    }

    private static DomainRuleViolation notFound() {
        return DomainRuleViolation.notFound("deletion-request-not-found", null, "no such deletion request");
    }

    private UserAccountResponse withPassword(String userId, String password) {
        if (password == null || password.isBlank()) {
            throw DomainRuleViolation.invalid("validation-failed", "password", "the current password is required");
        }
        UserAccountResponse account = Queries.optional(
                        queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                .orElseThrow(() -> DomainRuleViolation.notFound(
                        "account-not-found", null, "deletion is for accounts registered on this platform"));
        if (account.lockedAt(clock.instant())) {
            throw LockoutPolicy.locked(account.lockedUntil());
        }
        if (account.passwordHash() == null || !passwords.matches(password, account.passwordHash())) {
            commands.sendAndWait(new RecordLoginFailureCommand(UserId.of(userId)));
            throw DomainRuleViolation.invalid("wrong-password", "password", "the password is wrong");
        }
        return account;
    }
}
