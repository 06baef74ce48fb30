package org.redress.notification;

/** Delivers one email, or throws saying why it could not; the outbox decides when to try again. */
interface EmailSender {

    /** What {@code notification_outbox.sent_via} records: smtp, notify or log. */
    String name();

    /** @param messageId the Message-ID to send it with, where the way of sending lets Redress choose one */
    default void send(String to, String subject, String body, String messageId) throws Exception {
        send(to, subject, body, messageId, null);
    }

    /** @param file sent with the email (a response's letter as a PDF), or null; a sender that cannot attach files sends the text alone */
    void send(String to, String subject, String body, String messageId, File file) throws Exception;

    /** A file sent with an email. */
    record File(String name, String contentType, byte[] bytes) {
    }
}
