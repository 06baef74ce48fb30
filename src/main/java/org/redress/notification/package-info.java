/**
 * Notification: the emails Redress sends. Each is rendered from the council's own template (or the built-in
 * default), written to an outbox in the same transaction as the change it tells of, and sent by a job that retries
 * with backoff, over SMTP (Spring Mail), GOV.UK Notify, or to the log when no mail server is configured. It tells
 * the public their feedback arrived, when a response is sent and when a stage 2 request arrives, each with a signed
 * tracking link; and it sends officers a daily reminder of cases due soon or overdue, once a day however many
 * instances run. It holds the wording of responses and messages to the customer and sends them, with the letter as a
 * PDF, for correspondence. Depends on casework (whose events it listens to), organisation, calendar and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.redress.notification;
