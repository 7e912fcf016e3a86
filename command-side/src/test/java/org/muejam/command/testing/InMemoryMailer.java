package org.muejam.command.testing;

import java.util.ArrayList;
import java.util.List;
import org.muejam.command.shared.MailFailure;
import org.muejam.command.shared.Mailer;

/** Keeps the mails instead of sending them; {@link #down()} makes it fail like an unreachable mail server. */
public final class InMemoryMailer implements Mailer {

    public record Mail(String to, String subject, String text) {}

    private final List<Mail> sent = new ArrayList<>();
    private boolean down;

    public InMemoryMailer down() {
        down = true;
        return this;
    }

    @Override
    public void send(String to, String subject, String text) {
        if (down) {
            throw new MailFailure("connection refused", null);
        }
        sent.add(new Mail(to, subject, text));
    }

    public List<Mail> sent() {
        return List.copyOf(sent);
    }
}
