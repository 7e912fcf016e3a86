package org.muejam.command.shared;

/** The mail server did not take a message; a {@link Mailer} adapter throws it for whatever its transport throws. */
public class MailFailure extends RuntimeException {

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
