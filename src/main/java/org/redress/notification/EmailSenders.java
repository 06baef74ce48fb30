package org.redress.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.internet.MimeMessage;
import uk.gov.service.notify.NotificationClient;

/**
 * Chooses how email leaves: GOV.UK Notify, SMTP through Spring Mail, or (with neither configured) the log, which is
 * said at start-up so nobody mistakes a demo for a system that writes to the public.
 */
@Configuration
class EmailSenders {

    private static final Logger log = LoggerFactory.getLogger(EmailSenders.class);

    @Bean
    EmailSender emailSender(NotificationProperties properties, ObjectProvider<JavaMailSender> mail) {
        String chosen = properties.sender();
        boolean notifyConfigured = properties.govukNotify().apiKey() != null && !properties.govukNotify().apiKey().isBlank();
        JavaMailSender smtp = mail.getIfAvailable();
        if (chosen.equals("auto")) {
            chosen = notifyConfigured ? "notify" : smtp != null ? "smtp" : "log";
        }
        switch (chosen) {
            case "notify" -> {
                if (!notifyConfigured || properties.govukNotify().templateId() == null
                        || properties.govukNotify().templateId().isBlank()) {
                    throw new IllegalStateException("redress.notification.sender is notify: set "
                            + "redress.notification.govuk-notify.api-key and redress.notification.govuk-notify.template-id");
                }
                log.info("Email: sending through GOV.UK Notify");
                return notify(new NotificationClient(properties.govukNotify().apiKey()), properties.govukNotify().templateId());
            }
            case "smtp" -> {
                if (smtp == null) {
                    throw new IllegalStateException("redress.notification.sender is smtp, but spring.mail.host is not set");
                }
                log.info("Email: sending over SMTP from {}", properties.from());
                return smtp(smtp, properties.from());
            }
            case "log" -> {
                log.warn("Email: no mail server configured (set spring.mail.host, or GOV.UK Notify's API key): "
                        + "emails will be written to the log, not sent");
                return logOnly();
            }
            default -> throw new IllegalStateException("redress.notification.sender must be auto, smtp, notify or log, not "
                    + properties.sender());
        }
    }

    static EmailSender smtp(JavaMailSender mail, String from) {
        return new EmailSender() {
            @Override
            public String name() {
                return "smtp";
            }

            @Override
            public void send(String to, String subject, String body, String messageId, File file) throws Exception {
                // Sent with the Message-ID the outbox recorded, so a reply can be put on the case (Spring keeps an
                // explicit Message-ID).
                MimeMessage message = mail.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, file != null, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body);
                if (file != null) {
                    helper.addAttachment(file.name(), new ByteArrayResource(file.bytes()), file.contentType());
                }
                if (messageId != null) {
                    message.setHeader("Message-ID", messageId);
                }
                mail.send(message);
            }
        };
    }

    static EmailSender notify(NotificationClient client, String templateId) {
        return new EmailSender() {
            @Override
            public String name() {
                return "notify";
            }

            @Override
            public void send(String to, String subject, String body, String messageId, File file) throws Exception {
                // Notify's email templates take text; the letter's text is the body, so nothing is lost without the file.
                client.sendEmail(templateId, to, Map.of("subject", subject, "body", body), null);
            }
        };
    }

    static EmailSender logOnly() {
        return new EmailSender() {
            @Override
            public String name() {
                return "log";
            }

            @Override
            public void send(String to, String subject, String body, String messageId, File file) {
                log.info("Email not sent (no mail server configured) to {}: {}{}\n{}", to, subject,
                        file == null ? "" : " (with " + file.name() + ")", body);
            }
        };
    }
}
