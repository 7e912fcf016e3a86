package org.muejam.command.gdpr.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.gdpr.DeletionNotices;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.gdpr.SubjectErasure;
import org.muejam.command.identity.EmailDirectory;
import org.muejam.command.identity.Sessions;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.shared.MailFailure;
import org.muejam.command.shared.Queries;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.ListApiKeysQuery;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.content.DeleteImageCommand;
import org.muejam.shared.gdpr.CompleteAccountDeletionCommand;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.identity.EraseAccountCommand;
import org.muejam.shared.identity.EraseTwoFactorCommand;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases an account whose deletion request is due. Every step can be run again and does nothing the second time, so
 * a failure part-way is retried as a whole:
 * <ol>
 *   <li>the address is read (for the last mail) while it is still known;
 *   <li>the account is erased ({@code AccountErasedEvent}: the read models and the search index forget the person,
 *       their bio and avatar, their content reads as by "Deleted User"); the image that was their avatar is deleted,
 *       bytes and all; their second factor, API keys and sessions end, and their address is released, so it may
 *       register again;
 *   <li>their key is destroyed: every personal field in every stored event reads as its placeholder;
 *   <li>the erasure goes into the ledger that outlives backups; the last mail goes to the captured address, which
 *       is then dropped; the request is completed with its receipt.
 * </ol>
 */
@Service
public class AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EmailDirectory emails;
    private final TwoFactorDirectory twoFactor;
    private final Sessions sessions;
    private final SubjectErasure keys;
    private final ErasureLedger ledger;
    private final DeletionNotices notices;
    private final Clock clock;
    private final BlobStore blobs;

    public AccountErasure(
            CommandGateway commands,
            QueryGateway queries,
            EmailDirectory emails,
            TwoFactorDirectory twoFactor,
            Sessions sessions,
            SubjectErasure keys,
            ErasureLedger ledger,
            DeletionNotices notices,
            Clock clock,
            BlobStore blobs) {
        this.commands = commands;
        this.queries = queries;
        this.emails = emails;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.keys = keys;
        this.ledger = ledger;
        this.notices = notices;
        this.clock = clock;
        this.blobs = blobs;
    }

    /** Carries out a due deletion request; returns the receipt's categories. */
    public List<String> erase(String requestId, UserId userId) {
        Optional<String> address = Queries.optional(
                        queries, new FindUserAccountQuery(userId.value()), UserAccountResponse.class)
                .map(UserAccountResponse::email)
                .filter(AccountErasure::isAddress);
        List<String> erased = forget(userId, requestId);
        Instant erasedAt = clock.instant();
        ledger.record(new ErasureLedger.Entry(userId, requestId, erasedAt));
        address.ifPresent(email -> {
            try {
                notices.erased(email, requestId, erasedAt);
            } catch (MailFailure failure) {
                log.warn("could not send the last mail of the erasure {}: {}", requestId, failure.getMessage());
            }
        });
        commands.sendAndWait(new CompleteAccountDeletionCommand(requestId, erased));
        return erased;
    }

    /**
     * Applies an erasure of the ledger again, for a database restored from a backup older than it: the same steps as
     * {@link #erase}, but no mail and no receipt (the request's events may predate the backup). True when anything
     * had come back: the key was still there.
     */
    public boolean reapply(ErasureLedger.Entry entry) {
        if (keys.isErased(entry.userId().value())) {
            return false;
        }
        forget(entry.userId(), entry.requestId());
        return true;
    }

    /** For an account the database does not know: the tombstone is stored, so the id never gets a key. */
    public void eraseKeyOnly(UserId userId) {
        keys.erase(userId.value());
    }

    private List<String> forget(UserId userId, String requestId) {
        List<String> erased = new ArrayList<>();
        String avatar = commands.sendAndWait(new EraseAccountCommand(userId, requestId));
        erased.add(ErasedData.PROFILE);
        if (avatar != null) {
            // the account answers its avatar until the key is destroyed, so a retry deletes what a failure left
            List<String> keys = commands.sendAndWait(new DeleteImageCommand(avatar, "account erased"));
            if (keys != null) {
                keys.forEach(blobs::delete);
            }
        }
        erased.add(ErasedData.AVATAR);
        erased.add(ErasedData.CONSENT_DETAILS);
        erased.add(ErasedData.AUTHORSHIP);
        if (twoFactor.isEnabled(userId)) {
            commands.sendAndWait(new EraseTwoFactorCommand(userId));
        }
        erased.add(ErasedData.TWO_FACTOR);
        List<ApiKeyResponse> apiKeys = Queries.ask(
                queries, new ListApiKeysQuery(userId.value()), ResponseTypes.multipleInstancesOf(ApiKeyResponse.class));
        for (ApiKeyResponse key : apiKeys) {
            if (key.revokedAt() == null) {
                commands.sendAndWait(new RevokeApiKeyCommand(key.id(), userId));
            }
        }
        erased.add(ErasedData.API_KEYS);
        sessions.endAll(userId);
        erased.add(ErasedData.SESSIONS);
        emails.release(userId);
        erased.add(ErasedData.EMAIL_CLAIM);
        keys.erase(userId.value());
        erased.add(ErasedData.ENCRYPTION_KEY);
        return List.copyOf(erased);
    }

    /** A mailable address: not the placeholder an account already erased reads as. */
    private static boolean isAddress(String email) {
        return email != null && email.contains("@") && !email.equals(PersonalData.ERASED);
    }
}
