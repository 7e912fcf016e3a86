package org.muejam.infra.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a mailbox of the local GreenMail server over IMAP (login and password are the address). */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private Mailbox() {}

    public record Mail(String subject, String text) {}

    public static List<Mail> read(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        String host = System.getenv().getOrDefault("MUEJAM_SMTP_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("MUEJAM_IMAP_PORT", "3143"));
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(host, port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Mail(message.getSubject(), String.valueOf(message.getContent())));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new AssertionError("cannot read the mailbox of " + address + " over IMAP", e);
        }
    }

    /** Waits for a mail carrying a ?token= link and returns the token. */
    public static String awaitToken(String address, int mailsBefore) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<Mail> mails = read(address);
            for (int i = mails.size() - 1; i >= mailsBefore; i--) {
                Matcher m = TOKEN.matcher(mails.get(i).text());
                if (m.find()) {
                    return m.group(1);
                }
            }
            sleep();
        }
        throw new AssertionError("no mail with a token reached " + address);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
