package org.muejam.command.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mail sent after its command is stored: a mail server failure is logged, never thrown, because the state change
 * already happened and the person can ask for the mail again (or, for alerts, the processor must move on).
 */
public final class BestEffortMail {

    private static final Logger log = LoggerFactory.getLogger(BestEffortMail.class);

    private BestEffortMail() {}

    public static void send(Mailer mailer, String to, String subject, String text, String what, String userId) {
        try {
            mailer.send(to, subject, text);
        } catch (MailFailure failure) {
            log.warn("could not mail {} to user {}: {}", what, userId, failure.getMessage());
        }
    }
}
