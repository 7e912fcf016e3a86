package org.muejam.command.moderation;

import java.util.List;
import java.util.Objects;
import org.muejam.shared.moderation.DmcaCounterNoticeFiledEvent;
import org.muejam.shared.moderation.DmcaTakedownApprovedEvent;

/**
 * The mails a notice's history causes, as pure functions of its events (Property 26: every approved takedown
 * produces exactly one notification of its author). The mail adapter finds the address and sends them.
 */
public final class DmcaNotifications {

    /** A mail to an account ({@code userId}) or to an address outside the platform ({@code email}). */
    public record Notification(String userId, String email, String subject, String text) {}

    private DmcaNotifications() {}

    /** The author's notifications among a notice's events: one per approval, which a notice has at most once. */
    public static List<Notification> toAuthors(List<?> events, String publicUrl) {
        return events.stream()
                .filter(DmcaTakedownApprovedEvent.class::isInstance)
                .map(e -> toAuthor((DmcaTakedownApprovedEvent) e, publicUrl))
                .toList();
    }

    public static Notification toAuthor(DmcaTakedownApprovedEvent event, String publicUrl) {
        Objects.requireNonNull(event.authorId(), "authorId");
        String what = event.contentType().slug() + " " + event.contentId()
                + (event.storyId() == null ? "" : " (with its story " + event.storyId() + ")");
        return new Notification(
                event.authorId(), null, "Your content was taken down after a copyright (DMCA) notice", """
                Your %s was taken down on %s (UTC) after a copyright holder sent us a takedown notice under the
                Digital Millennium Copyright Act, and our DMCA agent approved it (notice %s).

                The work the claimant says you copied:
                %s

                Where they found it: %s
                %s
                If you believe the material was removed by mistake or misidentification, you may file a
                counter-notice: send POST %s/api/dmca/takedowns/%s/counter-notice, signed in, with
                {"statement": "<your statement, under penalty of perjury, that the material was removed by mistake
                or misidentification, with your consent to the jurisdiction of your district court>",
                "signature": "<your full name>"}. We forward it to the claimant.
                """.formatted(
                                what,
                                event.approvedAt(),
                                event.takedownId(),
                                event.workDescription(),
                                event.infringingUrl(),
                                event.reason() == null ? "" : "\nOur agent's note: " + event.reason() + "\n",
                                publicUrl,
                                event.takedownId()));
    }

    /** The claimant is told of a counter-notice, at the address their notice gave. */
    public static Notification toClaimant(
            DmcaCounterNoticeFiledEvent event, String claimantEmail, String copyrightHolder, String infringingUrl) {
        return new Notification(
                null, claimantEmail, "Counter-notice to your DMCA notice " + event.takedownId(), """
                Dear %s,

                The author of the material your DMCA notice %s concerns (%s) filed a counter-notice on %s (UTC):

                %s

                Signed: %s

                Under 17 U.S.C. § 512(g) the material may be restored 10 to 14 business days from now unless you
                tell us that you have filed an action seeking a court order against the author.
                """.formatted(
                                copyrightHolder,
                                event.takedownId(),
                                infringingUrl,
                                event.filedAt(),
                                event.statement(),
                                event.signature()));
    }
}
