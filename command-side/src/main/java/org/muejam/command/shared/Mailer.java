package org.muejam.command.shared;

/** Outgoing mail. The adapter speaks SMTP; any provider (Resend included) accepts it. */
public interface Mailer {

    void send(String to, String subject, String text);
}
