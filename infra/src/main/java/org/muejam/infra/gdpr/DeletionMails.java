package org.muejam.infra.gdpr;

import java.time.Instant;
import org.muejam.command.gdpr.DeletionNotices;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.stereotype.Component;

/** The mails of a deletion request, with links to the platform's public address. */
@Component
public class DeletionMails implements DeletionNotices {

    private final Mailer mailer;
    private final MueJamProperties properties;

    public DeletionMails(Mailer mailer, MueJamProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    @Override
    public void requested(String email, String displayName, String requestId, Instant scheduledFor) {
        mailer.send(email, "Your MueJam Library account will be deleted on " + scheduledFor, """
                Hello %s,

                you asked us to delete your MueJam Library account. It will be erased on %s (UTC): your email
                address, name and every personal detail will be gone for good, and your stories and comments will
                be shown as by "Deleted User".

                Changed your mind? Cancel before then: %s
                (signed in, POST %s)

                If you did not ask for this, cancel it and change your password at once.
                """.formatted(
                        displayName,
                        scheduledFor,
                        properties.link("/account/deletion/" + requestId),
                        properties.link("/api/gdpr/delete/" + requestId + "/cancel")));
    }

    @Override
    public void cancelled(String email, String displayName, String requestId) {
        mailer.send(email, "Your MueJam Library account will not be deleted", """
                Hello %s,

                your deletion request %s is cancelled: your account stays as it is.
                """.formatted(displayName, requestId));
    }

    @Override
    public void erased(String email, String requestId, Instant erasedAt) {
        mailer.send(email, "Your MueJam Library account is deleted", """
                Hello,

                as you asked, your MueJam Library account was erased on %s (UTC). This is the last mail to this
                address: we no longer know it.

                What was erased, and when, without any personal detail: %s
                """.formatted(
                        erasedAt, properties.link("/api/gdpr/delete/" + requestId)));
    }
}
