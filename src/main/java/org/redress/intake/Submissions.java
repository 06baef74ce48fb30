package org.redress.intake;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.casework.Attachments;
import org.redress.casework.Casework;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.notification.Notifications;
import org.redress.platform.InvalidInput;
import org.redress.platform.Rows;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns checked answers into a case. The submission row, the case and the acknowledgement email are written in one
 * transaction, the submission row first: its unique key makes a second sending of the same form (a double click,
 * back and resend, two tabs) wait for the first and then find its case instead of making another.
 */
@Component
class Submissions {

    private static final DateTimeFormatter PLAIN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What the confirmation page shows. */
    record Submitted(String reference, String kind, LocalDate responseDue, String email) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final JdbcClient db;
    private final Casework casework;
    private final Topics topics;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Uploads uploads;
    private final Attachments attachments;

    Submissions(JdbcClient db, Casework casework, Topics topics, Notifications notifications,
            PlatformTransactionManager transactions, Uploads uploads, Attachments attachments) {
        this.uploads = uploads;
        this.attachments = attachments;
        this.db = db;
        this.casework = casework;
        this.topics = topics;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The case this form already became, if it was sent before. */
    Optional<Submitted> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        record Row(long authorityId, long caseId) {
        }
        return db.sql("select authority_id, case_id from intake_submission where submission_key = ? and case_id is not null")
                .param(key).query((rs, n) -> new Row(rs.getLong("authority_id"), rs.getLong("case_id"))).optional()
                .flatMap(row -> casework.findCase(row.authorityId(), row.caseId()))
                .map(c -> submitted(c, c.representative().email() != null ? c.representative().email() : c.customer().email()));
    }

    /**
     * Logs the answers as a case received {@code today}, once per key.
     *
     * @throws InvalidInput if an answer is no longer acceptable (say, the topic was removed meanwhile)
     */
    Submitted submit(long authorityId, Answers answers, String key, LocalDate today) {
        Optional<Submitted> before = find(key);
        if (before.isPresent()) {
            return before.get();
        }
        try {
            return transaction.execute(status -> create(authorityId, answers, key, today));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException sentTwiceAtOnce) {
            // The other sending holds the key; once it commits, its case is the answer to this one too.
            for (int i = 0; i < 50; i++) {
                Optional<Submitted> first = find(key);
                if (first.isPresent()) {
                    return first.get();
                }
                sleep();
            }
            throw sentTwiceAtOnce;
        }
    }

    private Submitted create(long authorityId, Answers a, String key, LocalDate today) {
        List<Topic> offered = topics.list(authorityId);
        Set<Long> topicIds = offered.stream().map(Topic::id).collect(Collectors.toSet());
        Optional<Question> unanswered = Question.firstUnanswered(a, topicIds, today);
        if (unanswered.isPresent()) {
            throw new InvalidInput(unanswered.get().problems(a, topicIds, today));
        }
        Topic topic = offered.stream().filter(t -> t.id() == a.topicId).findFirst().orElseThrow();
        LocalDate happenedOn = a.happenedOn().isBlank() ? null : a.happenedOn().toDate();
        long submissionId = Rows.insert(db.sql("""
                insert into intake_submission (authority_id, submission_key, topic_label, happened_on, contact_preference)
                values (?, ?, ?, ?, ?)""")
                .params(authorityId, key, topic.label(), happenedOn, a.contactBy));
        Contact you = new Contact(a.name.strip(), trim(a.email), trim(a.phone), trim(a.address));
        Contact customer = a.onBehalf() ? new Contact(a.theirName.strip(), null, null, null) : you;
        Contact representative = a.onBehalf() ? you : Contact.NONE;
        FeedbackCase c = casework.logFromPublic(authorityId, new NewCase(FeedbackType.fromKey(a.kind), null, today,
                topic.serviceId(), null, description(a, topic, happenedOn), "complaint".equals(a.kind) ? a.wantedOutcome : null,
                customer, representative, a.onBehalf() ? a.relationship.strip() : null, List.of(), List.of(), null));
        db.sql("update intake_submission set case_id = ?, case_reference = ? where id = ?")
                .params(c.id(), c.reference(), submissionId).update();
        // The files go with the case in the same transaction: a second sending finds the case and adds nothing.
        if (a.uploadKey != null) {
            for (Uploads.Pending file : uploads.pending(a.uploadKey)) {
                attachments.addFromPublic(authorityId, c.id(), file.fileName(), file.content());
            }
            uploads.removeAll(a.uploadKey);
        }
        notifications.acknowledge(c, you.name(), you.email());
        return submitted(c, you.email());
    }

    /**
     * What staff read: the person's words, then what the form asked besides (when, how to reply, the topic), since
     * the case has no fields of its own for them.
     */
    static String description(Answers a, Topic topic, LocalDate happenedOn) {
        StringBuilder d = new StringBuilder(a.whatHappened.strip()).append("\n\n");
        if (happenedOn != null) {
            d.append("When it happened: ").append(PLAIN_DATE.format(happenedOn)).append('\n');
        }
        d.append("Sent online about: ").append(topic.label()).append('\n');
        d.append("Contact by ").append(switch (a.contactBy) {
            case "email" -> "email: " + a.email.strip();
            case "phone" -> "phone: " + a.phone.strip();
            default -> "post: " + a.address.strip().replaceAll("\\s*\\R\\s*", ", ");
        });
        if (a.onBehalf()) {
            d.append("\nSent by ").append(a.name.strip()).append(" (").append(a.relationship.strip())
                    .append(") for ").append(a.theirName.strip()).append(", who has agreed to this");
        }
        return d.toString();
    }

    private static Submitted submitted(FeedbackCase c, String email) {
        return new Submitted(c.reference(), c.type().label(), c.stage(1).responseDue(), email);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
