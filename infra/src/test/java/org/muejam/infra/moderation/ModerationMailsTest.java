package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.moderation.AppealDecidedEvent;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationActionReversedEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The author's mails of a moderation case, from its contract events as stored: a strike with how to appeal it (the
 * strike id, the endpoint and the deadline), an upheld appeal, a denied one; an upheld appeal's decision itself sends
 * nothing (its reversal does).
 */
class ModerationMailsTest extends IntegrationTest {

    @Autowired
    EventGateway events;

    private static List<Mailbox.Mail> awaitMails(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Mailbox.Mail> mails = Mailbox.read(address);
        while (mails.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mails = Mailbox.read(address);
        }
        assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    @Test
    void theAuthorIsMailedTheStrikeHowToAppealAndEachOutcome() {
        String email = uniqueEmail("struck");
        String author = register(email);
        Api.Response verified = api.post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null);
        assertThat(verified.status()).isEqualTo(204);
        int before = Mailbox.read(email).size();
        String caseId = ModerationIds.newCase();
        String strikeId = ModerationIds.strikeOf(caseId);
        String appealId = ModerationIds.appealOf(caseId);
        String commentId = "comment:" + UUID.randomUUID();
        Instant now = Instant.now();
        Instant until = now.plus(Duration.ofDays(20));

        events.publish(new StrikeRecordedEvent(
                caseId,
                strikeId,
                author,
                ModerationAction.HIDE,
                "insults in the comment",
                ReportSubjectType.COMMENT,
                commentId,
                until,
                now));
        List<Mailbox.Mail> mails = awaitMails(email, before + 1);
        Mailbox.Mail strike = mails.get(before);
        assertThat(strike.text())
                .contains("insults in the comment")
                .contains(commentId)
                .contains("hidden")
                .contains("/api/appeals")
                .contains("\"strikeId\": \"" + strikeId + "\"")
                .contains(until.toString());

        events.publish(new AppealDecidedEvent(
                caseId, appealId, strikeId, author, AppealDecision.DENY, "moderator-2", "the insult is plain", now));
        mails = awaitMails(email, before + 2);
        assertThat(mails.get(before + 1).subject()).contains("denied");
        assertThat(mails.get(before + 1).text()).contains("the insult is plain").contains(strikeId);

        // an upheld appeal is told once, by its reversal
        events.publish(
                new AppealDecidedEvent(
                        caseId, appealId, strikeId, author, AppealDecision.UPHOLD, "moderator-2", "fair point", now),
                new ModerationActionReversedEvent(
                        caseId,
                        ModerationAction.HIDE,
                        strikeId,
                        ReportSubjectType.COMMENT,
                        commentId,
                        author,
                        "moderator-2",
                        now));
        mails = awaitMails(email, before + 3);
        assertThat(mails.get(before + 2).subject()).contains("upheld");
        assertThat(mails.get(before + 2).text()).contains(strikeId).contains(commentId);
        // the upheld decision itself was handled before its reversal (one segment, in order) and sent nothing
        assertThat(Mailbox.read(email)).hasSize(before + 3);
    }
}
