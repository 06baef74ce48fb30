package org.redress.correspondence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.redress.casework.CaseFile;
import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Lifecycle;
import org.redress.casework.Outcome;
import org.redress.casework.Step;
import org.redress.notification.CustomerLetters;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses and messages written in Redress. A response starts from the council's template for the case's stage and
 * the chosen outcome; the officer edits and saves it (each save goes on the record); with sign-off on it waits for a
 * different member of staff with sign-off rights, who approves it (and so sends it) or returns it with comments.
 * Sending records the response through the respond step (the {@link Lifecycle} still decides) and sends the letter.
 * Once sent, a letter is never changed: every update here is guarded by its status.
 */
@Component
class Responses {

    static final int MAX_LETTER = 10_000;
    static final int MAX_SUBJECT = 300;
    static final int MAX_COMMENTS = 5_000;

    enum Status {
        DRAFT, AWAITING_SIGN_OFF, RETURNED, SENT;

        String key() { return name().toLowerCase(); }

        static Status of(String key) { return valueOf(key.toUpperCase()); }
    }

    /** A letter to the customer, as drafted or sent. */
    record Letter(long id, long caseId, String kind, int stage, Outcome outcome, String delayReason, String summary,
            String subject,
            String body, Status status, Long draftedBy, String draftedByName, Instant draftedAt, Instant submittedAt,
            String reviewedByName, Instant reviewedAt, String reviewComments, String channel, String recipient,
            Instant sentAt, int version) {

        /** How long it has waited for sign-off, in whole days and hours. */
        String waiting(Instant now) {
            return waited(submittedAt == null ? now : submittedAt, now);
        }
    }

    /** How long since {@code since}, in whole days and hours, as people say it. */
    static String waited(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        long days = d.toDays();
        long hours = d.minusDays(days).toHours();
        String h = hours + (hours == 1 ? " hour" : " hours");
        return days > 0 ? days + (days == 1 ? " day " : " days ") + h : h;
    }

    private final JdbcClient db;
    private final Casework casework;
    private final CustomerLetters letters;
    private final SignOff signOff;

    Responses(JdbcClient db, Casework casework, CustomerLetters letters, SignOff signOff) {
        this.db = db;
        this.casework = casework;
        this.letters = letters;
        this.signOff = signOff;
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** The response being written for the case, if there is one not yet sent. */
    Optional<Letter> current(long authorityId, long caseId) {
        return db.sql(SELECT + " where authority_id = ? and case_id = ? and kind = 'response' and status <> 'sent' "
                        + "order by id desc fetch first 1 rows only")
                .params(authorityId, caseId).query(Responses::letter).optional();
    }

    /** Every letter sent on the case, oldest first. */
    List<Letter> sent(long authorityId, long caseId) {
        return db.sql(SELECT + " where authority_id = ? and case_id = ? and status = 'sent' order by sent_at, id")
                .params(authorityId, caseId).query(Responses::letter).list();
    }

    /** Responses waiting for sign-off in the council, longest waiting first, with their case references. */
    List<Waiting> awaitingSignOff(long authorityId) {
        return db.sql("""
                select l.id, f.reference, l.drafted_by_name, l.submitted_at, l.subject
                from outgoing_letter l join feedback_case f on f.id = l.case_id
                where l.authority_id = ? and l.status = 'awaiting_sign_off'
                order by l.submitted_at, l.id fetch first 500 rows only""")
                .param(authorityId)
                .query((rs, n) -> new Waiting(rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .list();
    }

    record Waiting(String reference, String draftedBy, Instant since, String subject) {
    }

    Optional<byte[]> pdf(long authorityId, long caseId, long id) {
        return db.sql("select letter_pdf from outgoing_letter where authority_id = ? and case_id = ? and id = ? "
                        + "and status = 'sent' and letter_pdf is not null")
                .params(authorityId, caseId, id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    // ---- drafting --------------------------------------------------------------------------------------------------

    /** Starts the response from the council's template for the case's stage and this outcome. */
    @Transactional
    Letter start(StaffUser user, String reference, Outcome outcome) {
        Casework.requireCaseHandler(user);
        CaseFile file = casework.file(user, reference);
        FeedbackCase c = file.feedbackCase();
        casework.lifecycle(file).require(Step.RESPOND);
        if (c.type().hasOutcome() && outcome == null) {
            throw new InvalidInput("outcome", "Select the outcome of the complaint");
        }
        if (outcome == Outcome.RESOLVED_UPON_RECEIPT) {
            throw new InvalidInput("outcome", "Use 'resolve upon receipt' for a complaint put right at once");
        }
        current(c.authorityId(), c.id()).ifPresent(l -> {
            throw new Refused("Case " + c.reference() + " already has a response being written: change that one.");
        });
        CustomerLetters.Text text = template(file, outcome, user.displayName());
        long id = Rows.insert(db.sql("""
                insert into outgoing_letter (authority_id, case_id, kind, stage_number, outcome, subject, body, status,
                                             drafted_by, drafted_by_name, drafted_at)
                values (?, ?, 'response', ?, ?, ?, ?, 'draft', ?, ?, ?)""")
                .params(c.authorityId(), c.id(), c.currentStage(), outcome == null ? null : outcome.key(),
                        clip(text.subject(), MAX_SUBJECT), text.body(), user.staffId(), user.displayName(), now()));
        casework.recordResponseDraft(user, reference, "Response drafted from the template", text.body());
        return get(c.authorityId(), id);
    }

    /** The template for the case's current stage, filled in for a response sent today. */
    CustomerLetters.Text template(CaseFile file, Outcome outcome, String signatory) {
        FeedbackCase c = file.feedbackCase();
        LocalDate today = casework.today();
        Lifecycle.NextStep next = casework.lifecycle(file).nextStep(today);
        String stageName = file.procedure().stage(c.currentStage()).map(r -> r.name()).orElse("Stage " + c.currentStage());
        return letters.response(c, outcome, today, next, stageName,
                file.remedies().stream().filter(r -> r.stageNumber() == c.currentStage()).toList(), signatory);
    }

    /**
     * Saves the draft as the officer left it: its words go on the case's record. A draft waiting for sign-off goes
     * back to being a draft when its writer changes it.
     */
    @Transactional
    Letter save(StaffUser user, String reference, int version, Outcome outcome, String delayReason, String subject,
            String body) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        Letter l = current(c.authorityId(), c.id()).orElseThrow(() -> new Refused(
                "Case " + reference + " has no response being written: start one from the template."));
        check(c, outcome, subject, body);
        int rows = db.sql("""
                update outgoing_letter set outcome = ?, delay_reason = ?, subject = ?, body = ?, status = 'draft',
                       submitted_at = null, drafted_by = ?, drafted_by_name = ?, drafted_at = ?, version = version + 1
                where id = ? and version = ? and status <> 'sent'""")
                .params(outcome == null ? null : outcome.key(), blank(delayReason) ? null : delayReason.strip(),
                        subject.strip(), body.strip(), user.staffId(), user.displayName(), now(), l.id(), version)
                .update();
        if (rows == 0) {
            throw new EditConflict("The response on " + reference);
        }
        casework.recordResponseDraft(user, reference, "Response draft saved: " + subject.strip(), body.strip());
        return get(c.authorityId(), l.id());
    }

    /**
     * Puts the saved draft forward: for sign-off when the council asks for it, otherwise sent at once.
     *
     * @return the letter, awaiting sign-off or sent
     */
    @Transactional
    Letter submit(StaffUser user, String reference, LocalDate on) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        Letter l = current(c.authorityId(), c.id()).orElseThrow(() -> new Refused(
                "Case " + reference + " has no response being written: start one from the template."));
        if (!signOff.required(c.authorityId())) {
            return send(user, c, l, on);
        }
        if (l.status() == Status.AWAITING_SIGN_OFF) {
            throw new Refused("The response on case " + reference + " is already waiting for sign-off.");
        }
        casework.lifecycle(casework.file(user, reference)).require(Step.RESPOND);
        if (c.status().isOpen() && Lifecycle.late(on == null ? casework.today() : on, c.current().responseDue())
                && blank(l.delayReason())) {
            // Asked now rather than at approval, where the writer is not there to answer it.
            throw new InvalidInput("delayReason", "This response is late (it was due " + c.current().responseDue()
                    + "): select the reason for the delay");
        }
        db.sql("update outgoing_letter set status = 'awaiting_sign_off', submitted_at = ?, version = version + 1 "
                + "where id = ? and status <> 'sent'").params(now(), l.id()).update();
        casework.recordResponseDraft(user, reference, "Response sent for sign-off", l.body());
        return get(c.authorityId(), l.id());
    }

    /** Approves the response waiting for sign-off, which sends it; never by the person who wrote it. */
    @Transactional
    Letter approve(StaffUser user, String reference) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        Letter l = awaiting(c, reference, user);
        return send(user, c, l, casework.today());
    }

    /** Returns the response to its writer with comments saying what to change. */
    @Transactional
    Letter giveBack(StaffUser user, String reference, String comments) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        Letter l = awaiting(c, reference, user);
        if (blank(comments)) {
            throw new InvalidInput("comments", "Say what needs to change before it can be sent");
        }
        if (comments.length() > MAX_COMMENTS) {
            throw new InvalidInput("comments", "The comments must be 5,000 characters or fewer");
        }
        db.sql("""
                update outgoing_letter set status = 'returned', reviewed_by = ?, reviewed_by_name = ?, reviewed_at = ?,
                       review_comments = ?, version = version + 1
                where id = ? and status = 'awaiting_sign_off'""")
                .params(user.staffId(), user.displayName(), now(), comments.strip(), l.id()).update();
        casework.recordResponseDraft(user, reference, "Response returned with comments to " + l.draftedByName(),
                comments.strip());
        return get(c.authorityId(), l.id());
    }

    private Letter awaiting(FeedbackCase c, String reference, StaffUser user) {
        Letter l = current(c.authorityId(), c.id()).filter(x -> x.status() == Status.AWAITING_SIGN_OFF)
                .orElseThrow(() -> new Refused("Nothing on case " + reference + " is waiting for sign-off."));
        if (!SignOff.mayApprove(user)) {
            throw new AccessDeniedException("Only administrators and the customer feedback team sign off responses");
        }
        if (l.draftedBy() != null && l.draftedBy() == user.staffId()) {
            throw new Refused("You wrote this response, so a different member of staff must sign it off.");
        }
        return l;
    }

    /**
     * Records the response through the respond step and sends the letter, both in this transaction: if the case may
     * not be responded to now, nothing is sent.
     */
    private Letter send(StaffUser user, FeedbackCase c, Letter l, LocalDate on) {
        FeedbackCase responded = casework.respond(user, c.reference(), null, on == null ? casework.today() : on,
                l.outcome(), l.summary(), l.delayReason(), true);
        CustomerLetters.Sent sent = letters.send(user, responded, "response", new CustomerLetters.Text(l.subject(), l.body()));
        boolean reviewed = l.status() == Status.AWAITING_SIGN_OFF;
        db.sql("""
                update outgoing_letter set status = 'sent', channel = ?, recipient = ?, sent_at = ?, letter_pdf = ?,
                       reviewed_by = ?, reviewed_by_name = ?, reviewed_at = ?, version = version + 1
                where id = ? and status <> 'sent'""")
                .params(sent.channel(), sent.recipient(), at(sent.at()), sent.pdf(), reviewed ? user.staffId() : null,
                        reviewed ? user.displayName() : null, reviewed ? now() : null, l.id())
                .update();
        return get(c.authorityId(), l.id());
    }

    /**
     * The API's response: {@code letter} the full text to send, or null to send the template filled in for the case
     * as it stands; then sent, or put forward for sign-off when the council asks for it.
     */
    @Transactional
    Letter respond(StaffUser user, String reference, Integer version, LocalDate on, Outcome outcome, String summary,
            String delayReason, String letter) {
        Casework.requireCaseHandler(user);
        CaseFile file = casework.file(user, reference);
        FeedbackCase c = file.feedbackCase();
        if (version != null && version != c.version()) {
            throw new EditConflict("Case " + reference);
        }
        casework.lifecycle(file).require(Step.RESPOND);
        Optional<Letter> existing = current(c.authorityId(), c.id());
        if (existing.isPresent() && existing.get().status() == Status.AWAITING_SIGN_OFF) {
            throw new Refused("The response on case " + reference + " is already waiting for sign-off.");
        }
        if (summary != null && summary.length() > 20_000) {
            throw new InvalidInput("summary", "Must be 20,000 characters or fewer");
        }
        CustomerLetters.Text text = letter == null ? template(file, outcome, user.displayName())
                : new CustomerLetters.Text(template(file, outcome, user.displayName()).subject(), letter);
        if (signOff.required(c.authorityId())) {
            check(c, outcome, text.subject(), text.body());
        } else {
            // Sent at once: the respond step itself checks the date, outcome and delay reason, all together.
            List<FieldProblem> problems = new ArrayList<>();
            text(problems, text.subject(), text.body());
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
        String delay = blank(delayReason) ? null : delayReason.strip();
        String outcomeKey = outcome == null ? null : outcome.key();
        if (existing.isPresent()) {
            db.sql("""
                    update outgoing_letter set outcome = ?, delay_reason = ?, summary = ?, subject = ?, body = ?,
                           status = 'draft', drafted_by = ?, drafted_by_name = ?, drafted_at = ?, version = version + 1
                    where id = ? and status <> 'sent'""")
                    .params(outcomeKey, delay, summary, clip(text.subject(), MAX_SUBJECT), text.body().strip(),
                            user.staffId(), user.displayName(), now(), existing.get().id()).update();
        } else {
            db.sql("""
                    insert into outgoing_letter (authority_id, case_id, kind, stage_number, outcome, delay_reason,
                                                 summary, subject, body, status, drafted_by, drafted_by_name, drafted_at)
                    values (?, ?, 'response', ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)""")
                    .params(c.authorityId(), c.id(), c.currentStage(), outcomeKey, delay, summary,
                            clip(text.subject(), MAX_SUBJECT), text.body().strip(), user.staffId(), user.displayName(),
                            now()).update();
        }
        if (signOff.required(c.authorityId())) {
            casework.recordResponseDraft(user, reference, "Response written: " + text.subject(), text.body().strip());
        }
        return submit(user, reference, on);
    }

    // ---- messages --------------------------------------------------------------------------------------------------

    /** Sends a message from the case at once (asking for information, a holding reply), on the record. */
    @Transactional
    Letter message(StaffUser user, String reference, String subject, String body) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, subject, body);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CustomerLetters.Sent sent = letters.send(user, c, "message", new CustomerLetters.Text(subject.strip(), body.strip()));
        long id = Rows.insert(db.sql("""
                insert into outgoing_letter (authority_id, case_id, kind, stage_number, subject, body, status,
                                             drafted_by, drafted_by_name, drafted_at, channel, recipient, sent_at,
                                             letter_pdf)
                values (?, ?, 'message', ?, ?, ?, 'sent', ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.authorityId(), c.id(), c.currentStage(), subject.strip(), body.strip(), user.staffId(),
                        user.displayName(), now(), sent.channel(), sent.recipient(), at(sent.at()), sent.pdf()));
        return get(c.authorityId(), id);
    }

    /** The outcome a form or request names by its key; none when blank; a 400 naming the field when unknown. */
    static Outcome outcome(String key) {
        if (blank(key)) {
            return null;
        }
        try {
            return Outcome.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("outcome", "Select the outcome of the complaint");
        }
    }

    // ---- checks and rows -------------------------------------------------------------------------------------------

    private static void check(FeedbackCase c, Outcome outcome, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.type().hasOutcome() && outcome == null) {
            problems.add(new FieldProblem("outcome", "Select the outcome of the complaint"));
        }
        if (outcome == Outcome.RESOLVED_UPON_RECEIPT) {
            problems.add(new FieldProblem("outcome", "Use 'resolve upon receipt' for a complaint put right at once"));
        }
        text(problems, subject, body);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    static void text(List<FieldProblem> problems, String subject, String body) {
        if (blank(subject)) {
            problems.add(new FieldProblem("subject", "Enter the subject (the letter's heading)"));
        } else if (subject.strip().length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "The subject must be 300 characters or fewer"));
        }
        if (blank(body)) {
            problems.add(new FieldProblem("letter", "Enter the text of the letter"));
        } else if (body.strip().length() > MAX_LETTER) {
            problems.add(new FieldProblem("letter", "The letter must be 10,000 characters or fewer"));
        }
    }

    private Letter get(long authorityId, long id) {
        return db.sql(SELECT + " where authority_id = ? and id = ?").params(authorityId, id)
                .query(Responses::letter).single();
    }

    private static final String SELECT = """
            select id, case_id, kind, stage_number, outcome, delay_reason, summary, subject, body, status, drafted_by,
                   drafted_by_name, drafted_at, submitted_at, reviewed_by_name, reviewed_at, review_comments, channel,
                   recipient, sent_at, version
            from outgoing_letter""";

    private static Letter letter(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long draftedBy = rs.getLong("drafted_by");
        return new Letter(rs.getLong("id"), rs.getLong("case_id"), rs.getString("kind"), rs.getInt("stage_number"),
                rs.getString("outcome") == null ? null : Outcome.fromKey(rs.getString("outcome")),
                rs.getString("delay_reason"), rs.getString("summary"), rs.getString("subject"), rs.getString("body"),
                Status.of(rs.getString("status")), rs.wasNull() ? null : draftedBy, rs.getString("drafted_by_name"),
                instant(rs, "drafted_at"), instant(rs, "submitted_at"), rs.getString("reviewed_by_name"),
                instant(rs, "reviewed_at"), rs.getString("review_comments"), rs.getString("channel"),
                rs.getString("recipient"), instant(rs, "sent_at"), rs.getInt("version"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Real instants (when it was written, waited, sent), not council dates, so from the system clock. */
    private static OffsetDateTime now() {
        return at(Instant.now());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
