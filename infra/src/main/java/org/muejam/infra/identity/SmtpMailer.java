package org.muejam.infra.identity;

import org.muejam.command.shared.MailFailure;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The mail port over SMTP (Spring Mail). */
@Component
public class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailer(JavaMailSender sender, MueJamProperties properties) {
        this.sender = sender;
        this.from = properties.mailFrom();
    }

    @Override
    public void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException failure) {
            throw new MailFailure(failure.getMessage(), failure);
        }
    }
}
