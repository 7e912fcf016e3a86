package org.muejam.command.gdpr.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.MailFailure;
import org.muejam.command.testing.InMemoryBlobStore;
import org.muejam.command.testing.InMemoryEmailDirectory;
import org.muejam.command.testing.InMemorySessions;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.MovableClock;
import org.muejam.command.testing.PlainPasswordHasher;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.DeleteImageCommand;
import org.muejam.shared.gdpr.CancelAccountDeletionCommand;
import org.muejam.shared.gdpr.DeletionRequestResponse;
import org.muejam.shared.gdpr.DeletionStatus;
import org.muejam.shared.gdpr.RequestAccountDeletionCommand;
import org.muejam.shared.identity.EraseAccountCommand;
import org.muejam.shared.identity.RecordLoginFailureCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;

/** The deletion use cases: the password before a request, the mails around it, and re-applying the ledger. */
class AccountDeletionTest {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00Z");
    private static final String USER = "user-1";
    private static final String EMAIL = "reader@example.org";

    private final ErasureFakes.ReadSide reads = new ErasureFakes.ReadSide();
    private final ErasureFakes.Notices notices = new ErasureFakes.Notices();
    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final MovableClock clock = new MovableClock(NOW);
    private final AccountDeletion deletion =
            new AccountDeletion(commands, reads.gateway(), new PlainPasswordHasher(), notices, clock);

    private void account(Instant lockedUntil) {
        reads.accounts.put(
                USER, new UserAccountResponse(USER, EMAIL, "Reader", List.of("USER"), true, "hashed:pw", lockedUntil));
    }

    /** The read model answers whatever request was just stored, as the projection would. */
    private void requestsAnswer(DeletionStatus status) {
        commands.answer(RequestAccountDeletionCommand.class, null);
        reads.requests.clear();
        for (String id : List.of("deletion:00000000-0000-4000-8000-000000000001")) {
            reads.requests.put(
                    id, new DeletionRequestResponse(id, USER, status, NOW, NOW.plusSeconds(60), null, null, List.of()));
        }
    }

    @Test
    void theRightPasswordOpensARequestAndMailsItsCancellationLink() {
        account(null);
        // the request's id is random: answer any id read back
        ErasureFakes.ReadSide any = new ErasureFakes.ReadSide() {
            @Override
            java.util.Optional<DeletionRequestResponse> handle(org.muejam.shared.gdpr.FindDeletionRequestQuery q) {
                return java.util.Optional.of(new DeletionRequestResponse(
                        q.requestId(), USER, DeletionStatus.PENDING, NOW, NOW.plusSeconds(60), null, null, List.of()));
            }
        };
        any.accounts.putAll(reads.accounts);
        AccountDeletion withAnyRequest =
                new AccountDeletion(commands, any.gateway(), new PlainPasswordHasher(), notices, clock);

        DeletionRequestResponse request = withAnyRequest.request(USER, "pw");

        assertThat(commands.sent(RequestAccountDeletionCommand.class))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.userId()).isEqualTo(UserId.of(USER));
                    assertThat(c.requestId()).isEqualTo(request.requestId()).startsWith("deletion:");
                });
        assertThat(notices.sent)
                .containsExactly(new ErasureFakes.Notice("requested", EMAIL, request.requestId(), NOW.plusSeconds(60)));
    }

    @Test
    void aRequestTheReadModelCannotAnswerIsAnErrorAndMailsNothing() {
        account(null);

        assertThatThrownBy(() -> deletion.request(USER, "pw"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was stored but cannot be read back");
        assertThat(commands.sent(RequestAccountDeletionCommand.class)).hasSize(1);
        assertThat(notices.sent).isEmpty();
    }

    @Test
    void aWrongPasswordCountsAsAWrongSignInAndOpensNothing() {
        account(null);
        assertThatThrownBy(() -> deletion.request(USER, "not-it"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("wrong-password"));
        assertThat(commands.sent(RecordLoginFailureCommand.class)).hasSize(1);
        assertThat(commands.sent(RequestAccountDeletionCommand.class)).isEmpty();
        assertThat(notices.sent).isEmpty();
    }

    @Test
    void aMissingPasswordALockedAccountOrNoAccountOpenNothing() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> deletion.request(USER, blank))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class,
                            v -> assertThat(v.problemType()).isEqualTo("validation-failed"));
        }
        assertThatThrownBy(() -> deletion.request(USER, "pw"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("account-not-found"));
        account(NOW.plusSeconds(1));
        assertThatThrownBy(() -> deletion.request(USER, "pw"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("account-locked"));
        account(NOW);
        reads.accounts.put(USER, new UserAccountResponse(USER, EMAIL, "Reader", List.of("USER"), true, null, null));
        assertThatThrownBy(() -> deletion.request(USER, "pw"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("wrong-password"));
        assertThat(commands.sent(RequestAccountDeletionCommand.class)).isEmpty();
    }

    @Test
    void cancellingSendsTheCommandAndMailsTheOwner() {
        account(null);
        requestsAnswer(DeletionStatus.CANCELLED);
        String id = "deletion:00000000-0000-4000-8000-000000000001";

        DeletionRequestResponse cancelled = deletion.cancel(USER, id);

        assertThat(cancelled.status()).isEqualTo(DeletionStatus.CANCELLED);
        assertThat(commands.sent(CancelAccountDeletionCommand.class))
                .containsExactly(new CancelAccountDeletionCommand(id, UserId.of(USER)));
        assertThat(notices.sent).containsExactly(new ErasureFakes.Notice("cancelled", EMAIL, id, null));
    }

    @Test
    void aMalformedOrUnknownIdIsNotFoundAndSendsNothing() {
        for (String id : new String[] {null, "", "deletion:x", "key:00000000-0000-4000-8000-000000000001"}) {
            assertThatThrownBy(() -> deletion.cancel(USER, id))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class,
                            v -> assertThat(v.problemType()).isEqualTo("deletion-request-not-found"));
            assertThatThrownBy(() -> deletion.status(id)).isInstanceOf(DomainRuleViolation.class);
        }
        assertThatThrownBy(() -> deletion.status("deletion:00000000-0000-4000-8000-000000000009"))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(commands.sent()).isEmpty();
        requestsAnswer(DeletionStatus.PENDING);
        assertThat(deletion.status("deletion:00000000-0000-4000-8000-000000000001")
                        .status())
                .isEqualTo(DeletionStatus.PENDING);
    }

    @Test
    void aMailServerFailureLeavesTheCancellationStanding() {
        account(null);
        requestsAnswer(DeletionStatus.CANCELLED);
        AccountDeletion failingMail = new AccountDeletion(
                commands,
                reads.gateway(),
                new PlainPasswordHasher(),
                new ErasureFakes.Notices() {
                    @Override
                    public void cancelled(String email, String displayName, String requestId) {
                        throw new MailFailure("down", null);
                    }
                },
                clock);
        assertThat(failingMail
                        .cancel(USER, "deletion:00000000-0000-4000-8000-000000000001")
                        .status())
                .isEqualTo(DeletionStatus.CANCELLED);
    }

    @Test
    void reapplyingTheLedgerErasesWhomTheDatabaseStillKnowsAndSkipsTheErased() {
        ErasureFakes.Keys keys = new ErasureFakes.Keys();
        InMemoryEmailDirectory emails = new InMemoryEmailDirectory().alreadyClaimed(EMAIL, UserId.of(USER));
        ErasureFakes.Ledger ledger = new ErasureFakes.Ledger();
        AccountErasure erasure = erasure(emails, keys, ledger, new InMemoryBlobStore());
        keys.live.add(USER);
        ErasureLedger.Entry entry = new ErasureLedger.Entry(UserId.of(USER), "deletion:r", NOW);

        assertThat(erasure.reapply(entry)).isTrue();
        assertThat(keys.erased).containsExactly(USER);
        assertThat(emails.isClaimed(EMAIL)).isFalse();
        assertThat(commands.sent(EraseAccountCommand.class)).hasSize(1);
        assertThat(notices.sent).isEmpty();
        assertThat(ledger.entries()).isEmpty();

        assertThat(erasure.reapply(entry)).isFalse();
        assertThat(commands.sent(EraseAccountCommand.class)).hasSize(1);

        commands.refuse(EraseAccountCommand.class, new AggregateNotFoundException("u2", "none"));
        assertThatThrownBy(() -> erasure.reapply(new ErasureLedger.Entry(UserId.of("u2"), "deletion:s", NOW)))
                .isInstanceOf(AggregateNotFoundException.class);
        erasure.eraseKeyOnly(UserId.of("u2"));
        assertThat(keys.isErased("u2")).isTrue();
    }

    @Test
    void erasureDeletesTheAvatarImageBytesAndAllAndARetryDeletesWhatIsLeft() {
        InMemoryBlobStore blobs = new InMemoryBlobStore();
        blobs.put("images/avatar-1/full.png", new byte[] {1}, "image/png");
        blobs.put("images/avatar-1/thumbnail.png", new byte[] {2}, "image/png");
        blobs.put("images/cover-2/full.png", new byte[] {3}, "image/png");
        commands.answer(EraseAccountCommand.class, "avatar-1");
        commands.answer(DeleteImageCommand.class, List.of("images/avatar-1/full.png", "images/avatar-1/thumbnail.png"));
        ErasureFakes.Keys keys = new ErasureFakes.Keys();
        AccountErasure erasure = erasure(
                new InMemoryEmailDirectory().alreadyClaimed(EMAIL, UserId.of(USER)),
                keys,
                new ErasureFakes.Ledger(),
                blobs);
        keys.live.add(USER);

        assertThat(erasure.reapply(new ErasureLedger.Entry(UserId.of(USER), "deletion:r", NOW)))
                .isTrue();

        assertThat(commands.sent(DeleteImageCommand.class))
                .containsExactly(new DeleteImageCommand("avatar-1", "account erased"));
        assertThat(blobs.keys()).containsExactly("images/cover-2/full.png");
    }

    @Test
    void erasureOfAPersonWithoutAnAvatarDeletesNoImage() {
        InMemoryBlobStore blobs = new InMemoryBlobStore();
        blobs.put("images/cover-2/full.png", new byte[] {3}, "image/png");
        ErasureFakes.Keys keys = new ErasureFakes.Keys();
        AccountErasure erasure = erasure(new InMemoryEmailDirectory(), keys, new ErasureFakes.Ledger(), blobs);
        keys.live.add(USER);

        erasure.reapply(new ErasureLedger.Entry(UserId.of(USER), "deletion:r", NOW));

        assertThat(commands.sent(DeleteImageCommand.class)).isEmpty();
        assertThat(blobs.keys()).containsExactly("images/cover-2/full.png");
    }

    private AccountErasure erasure(
            InMemoryEmailDirectory emails, ErasureFakes.Keys keys, ErasureLedger ledger, InMemoryBlobStore blobs) {
        return new AccountErasure(
                commands,
                reads.gateway(),
                emails,
                new InMemoryTwoFactorDirectory(),
                new InMemorySessions(),
                keys,
                ledger,
                notices,
                clock,
                blobs);
    }
}
