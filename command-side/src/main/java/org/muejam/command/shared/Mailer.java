package org.muejam.command.shared;

/** Outgoing mail. The adapter speaks SMTP; any provider (Resend included) accepts it. */
public interface Mailer {

    /** @throws MailFailure when the mail server does not take the message */
    void send(String to, String subject, String text);
}
