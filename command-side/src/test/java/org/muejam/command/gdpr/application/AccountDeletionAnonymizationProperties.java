package org.muejam.command.gdpr.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.muejam.command.testing.InMemoryBlobStore;
import org.muejam.command.testing.InMemoryEmailDirectory;
import org.muejam.command.testing.InMemorySessions;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.MovableClock;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.gdpr.CompleteAccountDeletionCommand;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.identity.EraseAccountCommand;
import org.muejam.shared.identity.EraseTwoFactorCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;

/**
 * Property 21, Account Deletion Anonymization (Requirement 10.9): for any account (any address, name, second factor
 * or none, any number of API keys in any state), erasing it anonymises it (the account's erasure is stored, so every
 * read model shows "Deleted User" and no address), destroys its key (every personal field of every past event reads
 * as the placeholder), removes its second factor, revokes every active API key and no one else's, ends its
 * sessions, releases its address so it can register again, records the erasure in the ledger without personal
 * data, sends the last mail to the address captured before and to no other, and completes the request with a
 * receipt naming every category. Erasing again changes nothing more and mails no one.
 */
class AccountDeletionAnonymizationProperties {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00Z");
    private static final String REQUEST = "deletion:00000000-0000-4000-8000-0000000000aa";

    record Person(String localPart, String displayName, boolean twoFactor, List<Boolean> keysRevoked) {}

    @Property(tries = 200)
    void erasureLeavesNothingOfThePerson(@ForAll("people") Person person) {
        UserId user = UserId.of("user-" + Math.abs(person.hashCode()));
        UserId neighbour = UserId.of("neighbour");
        String email = person.localPart() + "@example.org";
        ErasureFakes.ReadSide reads = new ErasureFakes.ReadSide();
        reads.accounts.put(
                user.value(),
                new UserAccountResponse(user.value(), email, person.displayName(), List.of("USER"), true, "h", null));
        List<ApiKeyResponse> keys = new ArrayList<>();
        for (int i = 0; i < person.keysRevoked().size(); i++) {
            keys.add(new ApiKeyResponse(
                    "key:" + i,
                    user.value(),
                    "k",
                    "s",
                    null,
                    null,
                    null,
                    NOW,
                    null,
                    person.keysRevoked().get(i) ? NOW : null));
        }
        reads.apiKeys.put(user.value(), keys);
        reads.apiKeys.put(
                neighbour.value(),
                List.of(new ApiKeyResponse(
                        "key:neighbour", neighbour.value(), "k", "s", null, null, null, NOW, null, null)));
        InMemoryEmailDirectory emails = new InMemoryEmailDirectory().alreadyClaimed(email, user);
        emails.alreadyClaimed("neighbour@example.org", neighbour);
        InMemoryTwoFactorDirectory twoFactor = new InMemoryTwoFactorDirectory();
        if (person.twoFactor()) {
            twoFactor.enabled(user);
        }
        InMemorySessions sessions = new InMemorySessions();
        ErasureFakes.Keys subjectKeys = new ErasureFakes.Keys();
        subjectKeys.live.add(user.value());
        subjectKeys.live.add(neighbour.value());
        ErasureFakes.Ledger ledger = new ErasureFakes.Ledger();
        ErasureFakes.Notices notices = new ErasureFakes.Notices();
        RecordingCommandGateway commands = new RecordingCommandGateway();
        AccountErasure erasure = new AccountErasure(
                commands,
                reads.gateway(),
                emails,
                twoFactor,
                sessions,
                subjectKeys,
                ledger,
                notices,
                new MovableClock(NOW),
                new InMemoryBlobStore());

        List<String> receipt = erasure.erase(REQUEST, user);

        assertThat(commands.sent(EraseAccountCommand.class)).containsExactly(new EraseAccountCommand(user, REQUEST));
        assertThat(subjectKeys.erased).containsExactly(user.value());
        assertThat(subjectKeys.live).containsExactly(neighbour.value());
        assertThat(commands.sent(EraseTwoFactorCommand.class))
                .hasSize(person.twoFactor() ? 1 : 0)
                .allMatch(c -> c.userId().equals(user));
        long active = person.keysRevoked().stream().filter(revoked -> !revoked).count();
        assertThat(commands.sent(RevokeApiKeyCommand.class))
                .hasSize((int) active)
                .allMatch(c -> c.requestedBy().equals(user) && !c.keyId().equals("key:neighbour"));
        assertThat(sessions.ended()).containsExactly(user);
        assertThat(emails.isClaimed(email)).isFalse();
        assertThat(emails.isClaimed("neighbour@example.org")).isTrue();
        emails.claim(email, UserId.of("newcomer")); // the address registers again
        assertThat(ledger.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.userId()).isEqualTo(user);
            assertThat(entry.toString()).doesNotContain(email).doesNotContain(person.displayName());
        });
        assertThat(notices.sent).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo("erased");
            assertThat(notice.to()).isEqualTo(email);
        });
        assertThat(receipt).containsExactlyInAnyOrderElementsOf(ErasedData.ALL);
        assertThat(commands.sent(CompleteAccountDeletionCommand.class))
                .containsExactly(new CompleteAccountDeletionCommand(REQUEST, receipt));
        assertThat(String.join(",", receipt)).doesNotContain(email).doesNotContain(person.displayName());

        // run again (a retry, or the read model caught up): the address is the placeholder now, no mail goes out
        reads.accounts.put(
                user.value(),
                new UserAccountResponse(user.value(), "[erased]", "Deleted User", List.of("USER"), true, null, null));
        erasure.erase(REQUEST, user);
        assertThat(notices.sent).hasSize(1);
        assertThat(ledger.entries()).hasSize(1);
        assertThat(emails.holderOf(email)).contains(UserId.of("newcomer"));
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<String> local = Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .withChars('.', '+', '-')
                .ofMinLength(1)
                .ofMaxLength(40)
                .map(s -> "p" + s);
        Arbitrary<String> names = Arbitraries.strings()
                .all()
                .ofMinLength(1)
                .ofMaxLength(60)
                .filter(s -> !s.isBlank())
                .map(s -> "N" + s);
        return Combinators.combine(
                        local,
                        names,
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false).list().ofMaxSize(6))
                .as(Person::new);
    }

    static {
        ZoneOffset.UTC.normalized();
    }
}
