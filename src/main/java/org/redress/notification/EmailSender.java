package org.redress.notification;

/** Delivers one email, or throws saying why it could not; the outbox decides when to try again. */
interface EmailSender {

    /** What {@code notification_outbox.sent_via} records: smtp, notify or log. */
    String name();

    /** @param messageId the Message-ID to send it with, where the way of sending lets Redress choose one */
    void send(String to, String subject, String body, String messageId) throws Exception;
}
