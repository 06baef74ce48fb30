package org.redress.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.casework.Attachments;
import org.redress.casework.CheckedFile;
import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.casework.NewCase;
import org.redress.notification.Notifications;
import org.redress.organisation.Role;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails read from a council's mailbox: stored once each, put on a case when they answer an email Redress sent
 * or name one of the council's cases, otherwise kept for triage. Rows are never deleted.
 */
@Component
class Inbox {

    /** A case reference as {@code CaseRepository} makes them: FB and seven digits. */
    static final Pattern REFERENCE = Pattern.compile("\\b(FB\\d{7})\\b", Pattern.CASE_INSENSITIVE);

    private final JdbcClient db;
    private final Casework casework;
    private final Attachments attachments;
    private final Notifications notifications;
    private final Clock clock;

    Inbox(JdbcClient db, Casework casework, Attachments attachments, Notifications notifications, Clock clock) {
        this.db = db;
        this.casework = casework;
        this.attachments = attachments;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Stores the email and, when it belongs to a case, puts it there, all in the caller's transaction. A second copy
     * of an email already stored fails on the unique key ({@code DuplicateKeyException}), which rolls the whole
     * transaction back: that is how a repeated read stores nothing twice.
     */
    @Transactional
    long store(long authorityId, ReceivedEmail email) {
        Optional<FeedbackCase> onCase = email.automatic() != null ? Optional.empty() : caseFor(authorityId, email);
        String status = email.automatic() != null ? "automatic" : onCase.isPresent() ? "case" : "triage";
        long id = Rows.insert(db.sql("""
                insert into inbox_message (authority_id, dedupe_key, message_id, in_reply_to, reference_ids,
                                           from_address, from_name, to_addresses, subject, body, sent_at, received_at,
                                           automatic, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(authorityId, email.dedupeKey(), email.messageId(), email.inReplyTo(),
                        cut(String.join(" ", email.references()), 8000), email.fromAddress(), email.fromName(),
                        email.to(), email.subject(), email.body(), at(email.sentAt()), at(clock.instant()),
                        email.automatic(), status));
        for (ReceivedEmail.File file : email.files()) {
            keep(authorityId, id, file);
        }
        onCase.ifPresent(c -> join(authorityId, id, c.id(), joinedBy(authorityId, email), true, null));
        return id;
    }

    /** How an email finds its case: as a reply to one Redress sent, then by a case reference in its subject or text. */
    Optional<FeedbackCase> caseFor(long authorityId, ReceivedEmail email) {
        Optional<Long> replied = notifications.caseEmailed(authorityId, email.answers());
        if (replied.isPresent()) {
            return casework.findCase(authorityId, replied.get());
        }
        return referenceIn(authorityId, email.subject()).or(() -> referenceIn(authorityId, email.body()));
    }

    private String joinedBy(long authorityId, ReceivedEmail email) {
        return notifications.caseEmailed(authorityId, email.answers()).isPresent() ? "reply" : "reference";
    }

    private Optional<FeedbackCase> referenceIn(long authorityId, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            Optional<FeedbackCase> c = casework.findCase(authorityId, m.group(1).toUpperCase(Locale.ROOT));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private void keep(long authorityId, long messageId, ReceivedEmail.File file) {
        String name = Attachments.cleanName(file.name());
        CheckedFile checked = null;
        String refused;
        if (file.bytes() == null) {
            refused = name + " must be smaller than " + attachments.limits().maxFileSizeText();
        } else {
            try {
                checked = attachments.check("files", file.name(), file.bytes());
                refused = null;
            } catch (InvalidInput e) {
                refused = e.problems().get(0).message();
            }
        }
        db.sql("""
                insert into inbox_attachment (authority_id, inbox_message_id, file_name, content_type, size_bytes,
                                              sha256, refused, content)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(authorityId, messageId, checked == null ? name : checked.fileName(),
                        checked == null ? null : checked.type().mediaType(), file.size(),
                        checked == null ? (file.bytes() == null ? "-" : sha256(file.bytes())) : checked.sha256(),
                        cut(refused, 500), checked == null ? null : file.bytes())
                .update();
    }

    /**
     * Puts a stored email on a case: on its timeline with the email's text, and its kept files among the case's.
     * {@code flag} marks it new for the handler (it arrived by itself, not by someone's triage).
     */
    private void join(long authorityId, long messageId, long caseId, String joinedBy, boolean flag, String handledBy) {
        int changed = db.sql("""
                update inbox_message set status = 'case', case_id = ?, joined_by = ?, new_on_case = ?, handled_by = ?,
                                         handled_at = ?
                where id = ? and authority_id = ? and status in ('triage', 'case') and case_id is null""")
                .params(caseId, joinedBy, flag, handledBy, handledBy == null ? null : at(clock.instant()), messageId,
                        authorityId)
                .update();
        if (changed == 0) {
            throw new Refused("That email has already been dealt with.");
        }
        Message message = message(authorityId, messageId).orElseThrow(() -> new NotFound("Email " + messageId));
        casework.recordCorrespondence(authorityId, caseId, "Email received"
                + (joinedBy.equals("reply") ? " in reply to an email the council sent" : ""), message.body());
        for (File file : files(messageId)) {
            if (file.refused() == null) {
                byte[] content = db.sql("select content from inbox_attachment where id = ?").param(file.id())
                        .query(byte[].class).single();
                attachments.addFromEmail(authorityId, caseId, file.name(), content);
            }
        }
    }

    // ---- triage ----------------------------------------------------------------------------------------------------

    /** An email as triage and the case page show it. */
    record Message(long id, String fromAddress, String fromName, String to, String subject, String body,
            Instant sentAt, Instant receivedAt, String automatic, String status, String setAsideReason, Long caseId,
            boolean newOnCase) {

        public String sender() {
            return fromName == null || fromName.isBlank() ? fromAddress : fromName + " <" + fromAddress + ">";
        }

        /** When it was sent, by the sender's word, or else when Redress read it. */
        public Instant at() {
            return sentAt != null ? sentAt : receivedAt;
        }
    }

    record File(long id, String name, String contentType, long sizeBytes, String refused) {
    }

    /** Emails waiting for triage, oldest first. */
    List<Message> awaitingTriage(long authorityId, int offset, int limit) {
        return db.sql("""
                select * from inbox_message where authority_id = ? and status = 'triage'
                order by received_at, id offset ? rows fetch next ? rows only""")
                .params(authorityId, offset, limit).query((rs, n) -> map(rs)).list();
    }

    long countAwaitingTriage(long authorityId) {
        return db.sql("select count(*) from inbox_message where authority_id = ? and status = 'triage'")
                .param(authorityId).query(Long.class).single();
    }

    Optional<Message> message(long authorityId, long id) {
        return db.sql("select * from inbox_message where authority_id = ? and id = ?").params(authorityId, id)
                .query((rs, n) -> map(rs)).optional();
    }

    List<File> files(long messageId) {
        return db.sql("""
                select id, file_name, content_type, size_bytes, refused from inbox_attachment
                where inbox_message_id = ? order by id""")
                .param(messageId)
                .query((rs, n) -> new File(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("refused")))
                .list();
    }

    /** The case's emails, in the order they were sent. */
    List<Message> onCase(long authorityId, long caseId) {
        return db.sql("select * from inbox_message where authority_id = ? and case_id = ? order by coalesce(sent_at, received_at), id")
                .params(authorityId, caseId).query((rs, n) -> map(rs)).list();
    }

    long newOnCase(long authorityId, long caseId) {
        return db.sql("select count(*) from inbox_message where authority_id = ? and case_id = ? and new_on_case")
                .params(authorityId, caseId).query(Long.class).single();
    }

    @Transactional
    void markRead(long authorityId, long caseId) {
        db.sql("update inbox_message set new_on_case = false where authority_id = ? and case_id = ?")
                .params(authorityId, caseId).update();
    }

    /** Only the feedback team and administrators triage the council's email. */
    static void requireTriage(StaffUser user) {
        if (!user.has(Role.ADMINISTRATOR) && !user.has(Role.FEEDBACK_TEAM)) {
            throw new AccessDeniedException("Only the customer feedback team and administrators triage email");
        }
    }

    /** An email waiting for triage, for someone who may triage it. */
    Message waiting(StaffUser user, long messageId) {
        requireTriage(user);
        Message m = message(user.authorityId(), messageId).orElseThrow(() -> new NotFound("Email " + messageId));
        if (!m.status().equals("triage")) {
            throw new Refused("That email has already been dealt with.");
        }
        return m;
    }

    /** Logs a case from an email: the email becomes the case's first correspondence and its files the case's. */
    @Transactional
    Casework.Logged logCase(StaffUser user, long messageId, Function<Message, NewCase> request) {
        Message m = waiting(user, messageId);
        Casework.Logged logged = casework.logAndShow(user, request.apply(m));
        join(user.authorityId(), messageId, logged.feedbackCase().id(), "new_case", false, user.displayName());
        return logged;
    }

    /** Puts an email on a case the member of staff can see. */
    @Transactional
    FeedbackCase addToCase(StaffUser user, long messageId, String reference) {
        waiting(user, messageId);
        if (reference == null || reference.isBlank()) {
            throw new InvalidInput("reference", "Enter the reference of the case, like FB0001234");
        }
        FeedbackCase c;
        try {
            c = casework.get(user, reference.strip());
        } catch (NotFound e) {
            throw new InvalidInput("reference", "There is no case " + reference.strip());
        }
        join(user.authorityId(), messageId, c.id(), "triage", false, user.displayName());
        return c;
    }

    /** The reasons an email may be set aside, as the triage page offers them. */
    enum SetAsideReason {
        NOT_FEEDBACK("Not feedback"),
        SERVICE_REQUEST("Passed to a service as a service request"),
        DUPLICATE("A copy of feedback already logged"),
        SPAM("Spam");

        final String label;

        SetAsideReason(String label) {
            this.label = label;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String getLabel() {
            return label;
        }

        public String getKey() {
            return key();
        }

        static SetAsideReason fromKey(String key) {
            for (SetAsideReason r : values()) {
                if (r.key().equals(key)) {
                    return r;
                }
            }
            throw new InvalidInput("reason", "Select why the email is being set aside");
        }
    }

    @Transactional
    void setAside(StaffUser user, long messageId, String reasonKey) {
        waiting(user, messageId);
        setAside(user.authorityId(), messageId, SetAsideReason.fromKey(reasonKey), user.displayName());
    }

    private void setAside(long authorityId, long messageId, SetAsideReason reason, String handledBy) {
        int changed = db.sql("""
                update inbox_message set status = 'set_aside', set_aside_reason = ?, handled_by = ?, handled_at = ?
                where id = ? and authority_id = ? and status = 'triage'""")
                .params(reason.key(), handledBy, at(clock.instant()), messageId, authorityId).update();
        if (changed == 0) {
            message(authorityId, messageId).orElseThrow(() -> new NotFound("Email " + messageId));
            throw new Refused("That email has already been dealt with.");
        }
    }

    private static Message map(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Message(rs.getLong("id"), rs.getString("from_address"), rs.getString("from_name"),
                rs.getString("to_addresses"), rs.getString("subject"), rs.getString("body"),
                sent == null ? null : sent.toInstant(), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("automatic"), rs.getString("status"), rs.getString("set_aside_reason"),
                (Long) rs.getObject("case_id", Long.class), rs.getBoolean("new_on_case"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
