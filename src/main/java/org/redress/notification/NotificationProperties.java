package org.redress.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email settings ({@code redress.notification.*}). The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param sender {@code auto} (Notify if its API key is set, else SMTP if {@code spring.mail.host} is set, else the
 *        log), or {@code smtp}, {@code notify}, {@code log}
 * @param from the address emails come from
 * @param baseUrl the public address of this installation, for links in emails
 * @param trackingSecret key that signs tracking links; unset, one is generated and kept in the database
 * @param trackingLinkDays how long a tracking link works
 * @param maxAttempts attempts before an email is marked failed
 * @param pollInterval how often the outbox job looks for emails to send or retry
 */
@ConfigurationProperties("redress.notification")
record NotificationProperties(String sender, String from, String baseUrl, String trackingSecret,
        Integer trackingLinkDays, Integer maxAttempts, Duration pollInterval, Notify govukNotify) {

    /** GOV.UK Notify: one email template whose subject is ((subject)) and body ((body)). */
    record Notify(String apiKey, String templateId) {
    }

    NotificationProperties {
        sender = sender == null || sender.isBlank() ? "auto" : sender.strip().toLowerCase();
        from = from == null || from.isBlank() ? "no-reply@localhost" : from.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
        trackingLinkDays = trackingLinkDays == null ? 180 : trackingLinkDays;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        govukNotify = govukNotify == null ? new Notify(null, null) : govukNotify;
    }
}
