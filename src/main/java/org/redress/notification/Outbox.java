package org.redress.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.redress.platform.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

/**
 * Emails waiting to go. A row is written in the caller's transaction, so it exists exactly when the change it tells
 * of was committed; once committed it is sent straight away, and the job picks up whatever that did not send
 * (a mail server down, an instance stopped) with growing waits between attempts. Instances claim a row before
 * sending it, so several can run the job without sending twice.
 *
 * <p>Times here are real instants (when to retry), not council dates, so they come from the system clock.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** How long the immediate send has before the job may pick the row up instead. */
    static final Duration GRACE = Duration.ofMinutes(1);
    /** How long an instance may take over one send before another may try. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    /** The only kind of file Redress sends with an email: a letter. */
    static final String PDF = "application/pdf";

    private final JdbcClient db;
    private final EmailSender sender;
    private final int maxAttempts;
    private final String messageIdDomain;
    private final ExecutorService immediate = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "outbox-send");
        t.setDaemon(true);
        return t;
    });

    Outbox(JdbcClient db, EmailSender sender, NotificationProperties properties) {
        this.db = db;
        this.sender = sender;
        this.maxAttempts = properties.maxAttempts();
        String from = properties.from();
        this.messageIdDomain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip()
                : "localhost";
    }

    /** Queues an email in the current transaction and sends it as soon as that commits. */
    long enqueue(long authorityId, EmailTemplate template, Long caseId, String recipient,
            EmailTemplates.Rendered email) {
        return enqueue(authorityId, template.key(), caseId, recipient, email, null);
    }

    /** As above, with a file sent with the email (a letter as a PDF), or none. */
    long enqueue(long authorityId, String templateKey, Long caseId, String recipient, EmailTemplates.Rendered email,
            EmailSender.File file) {
        long id = Rows.insert(db.sql("""
                insert into notification_outbox (authority_id, template_key, case_id, recipient, subject, body,
                                                 next_attempt_at, message_id, attachment_name, attachment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(authorityId, templateKey, caseId, recipient, truncate(email.subject(), 300),
                        truncate(email.body(), 20_000), at(Instant.now().plus(GRACE)), newMessageId(),
                        file == null ? null : file.name(), file == null ? null : file.bytes()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    immediate.execute(() -> trySend(id, Instant.now()));
                }
            });
        } else {
            immediate.execute(() -> trySend(id, Instant.now()));
        }
        return id;
    }

    @Scheduled(fixedDelayString = "${redress.notification.poll-interval:PT30S}", initialDelayString = "PT20S")
    void sendDue() {
        sendDue(Instant.now());
    }

    /** Sends every email due by {@code now}; returns how many went. */
    int sendDue(Instant now) {
        List<Long> due = db.sql("""
                select id from notification_outbox
                where status = 'pending' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by next_attempt_at, id
                fetch first 100 rows only""")
                .params(at(now), at(now)).query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            if (trySend(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims the row, sends it, and records the result; false if another instance has it or the send failed. */
    boolean trySend(long id, Instant now) {
        int claimed = db.sql("""
                update notification_outbox set claimed_until = ?
                where id = ? and status = 'pending' and (claimed_until is null or claimed_until < ?)""")
                .params(at(now.plus(CLAIM)), id, at(now)).update();
        if (claimed == 0) {
            return false;
        }
        record Email(String recipient, String subject, String body, int attempts, String messageId,
                EmailSender.File file) {
        }
        Email email = db.sql("""
                select recipient, subject, body, attempts, message_id, attachment_name, attachment
                from notification_outbox where id = ?""")
                .param(id)
                .query((rs, n) -> new Email(rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getInt("attempts"), rs.getString("message_id"), rs.getString("attachment_name") == null
                                ? null : new EmailSender.File(rs.getString("attachment_name"), PDF, rs.getBytes("attachment"))))
                .single();
        try {
            sender.send(email.recipient(), email.subject(), email.body(), email.messageId(), email.file());
        } catch (Exception e) {
            int attempts = email.attempts() + 1;
            boolean giveUp = attempts >= maxAttempts;
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            db.sql("""
                    update notification_outbox set attempts = ?, status = ?, next_attempt_at = ?, claimed_until = null,
                                                   last_error = ?
                    where id = ?""")
                    .params(attempts, giveUp ? "failed" : "pending", at(now.plus(backoff(attempts))),
                            truncate(why, 1000), id)
                    .update();
            log.warn("Email {} not sent (attempt {} of {}{}): {}", id, attempts, maxAttempts,
                    giveUp ? ", giving up" : "", why);
            return false;
        }
        db.sql("""
                update notification_outbox set attempts = attempts + 1, status = 'sent', sent_at = ?, sent_via = ?,
                                               claimed_until = null, last_error = null
                where id = ?""")
                .params(at(Instant.now()), sender.name(), id).update();
        return true;
    }

    /** Unique and unguessable, so a reply naming it can only be a reply to this email. */
    private String newMessageId() {
        return "<redress." + UUID.randomUUID() + "@" + messageIdDomain + ">";
    }

    /** The case of the first of these Message-IDs that Redress sent an email about a case with. */
    Optional<Long> caseEmailed(long authorityId, Collection<String> messageIds) {
        return messageIds.stream().filter(id -> id != null && id.length() <= 998).distinct()
                .map(id -> db.sql("""
                        select case_id from notification_outbox
                        where authority_id = ? and message_id = ? and case_id is not null
                        order by id desc""")
                        .params(authorityId, id).query(Long.class).list())
                .flatMap(List::stream).findFirst();
    }

    /** An email kept about a case, as queued and (once it went) sent. */
    record Kept(long id, String templateKey, String recipient, String subject, String body, String status,
            Instant queuedAt, Instant sentAt, String fileName, int fileSize) {
    }

    /** The emails about a case, oldest first. */
    List<Kept> aboutCase(long authorityId, long caseId) {
        return db.sql("""
                select id, template_key, recipient, subject, body, status, created_at, sent_at, attachment_name,
                       octet_length(attachment) as file_size
                from notification_outbox where authority_id = ? and case_id = ? order by created_at, id""")
                .params(authorityId, caseId)
                .query((rs, n) -> {
                    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
                    return new Kept(rs.getLong("id"), rs.getString("template_key"), rs.getString("recipient"),
                            rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            sent == null ? null : sent.toInstant(), rs.getString("attachment_name"),
                            rs.getInt("file_size"));
                }).list();
    }

    /** The file sent with one of the council's emails, if it had one. */
    Optional<byte[]> file(long authorityId, long id) {
        return db.sql("select attachment from notification_outbox where authority_id = ? and id = ? and attachment is not null")
                .params(authorityId, id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** 1, 2, 4, 8 ... minutes after each failure, at most 6 hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }

    /** Counts by status for the council, for the administration page. */
    List<StatusCount> counts(long authorityId) {
        return db.sql("""
                select status, count(*) as n from notification_outbox where authority_id = ? group by status order by status""")
                .param(authorityId)
                .query((rs, n) -> new StatusCount(rs.getString("status"), rs.getLong("n"))).list();
    }

    record StatusCount(String status, long count) {
    }

    @PreDestroy
    void stop() {
        immediate.shutdown();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
