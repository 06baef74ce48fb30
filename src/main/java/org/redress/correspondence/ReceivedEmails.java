package org.redress.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.redress.platform.CaseDataKeeper;
import org.redress.platform.UnfiledDataKeeper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emails kept, for privacy: when a case's retention period ends the sender, the text and the files of its emails
 * go (that an email came, and when, stays); for a subject-access request each is handed over as a plain-text file.
 * An email on no case (set aside in triage, or automatic) goes the same way once it has been kept as many months as
 * the council's mailbox settings say.
 */
@Component
class ReceivedEmails implements CaseDataKeeper, UnfiledDataKeeper {

    private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    private final JdbcClient db;
    private final Inbox inbox;
    private final MailboxSettings settings;
    private final Clock clock;

    ReceivedEmails(JdbcClient db, Inbox inbox, MailboxSettings settings, Clock clock) {
        this.db = db;
        this.inbox = inbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Clears emails set aside (counted from when they were set aside) or automatic (from when they came) longer ago
     * than the council keeps them, and never put on a case; marks each cleared so it is done once.
     */
    @Override
    public int removeExpired(long authorityId, LocalDate today, String marker) {
        OffsetDateTime cutOff = today.minusMonths(settings.setAsideKeptMonths(authorityId)).atStartOfDay(COUNCIL_TIME)
                .toOffsetDateTime();
        String expired = """
                authority_id = ? and case_id is null and cleared_at is null
                and (status = 'set_aside' and handled_at < ? or status = 'automatic' and received_at < ?)""";
        db.sql("update inbox_attachment set file_name = ?, content = null where inbox_message_id in "
                        + "(select id from inbox_message where " + expired + ")")
                .params("[removed]", authorityId, cutOff, cutOff).update();
        return db.sql("update inbox_message set from_address = ?, from_name = null, to_addresses = null, subject = ?, "
                        + "body = ?, cleared_at = ? where " + expired)
                .params("[removed]", marker, marker, OffsetDateTime.now(clock), authorityId, cutOff, cutOff).update();
    }

    @Override
    public String what() {
        return "emails set aside or automatic, on no case";
    }

    @Override
    public void anonymise(long authorityId, long caseId, String marker) {
        db.sql("""
                update inbox_attachment set file_name = ?, content = null
                where authority_id = ? and inbox_message_id in (select id from inbox_message where case_id = ?)""")
                .params("[removed]", authorityId, caseId).update();
        db.sql("""
                update inbox_message set from_address = ?, from_name = null, to_addresses = null, subject = ?, body = ?
                where authority_id = ? and case_id = ?""")
                .params("[removed]", marker, marker, authorityId, caseId).update();
    }

    @Override
    public List<ExportedFile> export(long authorityId, long caseId) {
        List<Inbox.Message> emails = inbox.onCase(authorityId, caseId);
        return java.util.stream.IntStream.range(0, emails.size()).mapToObj(i -> {
            Inbox.Message m = emails.get(i);
            StringBuilder text = new StringBuilder()
                    .append("From: ").append(m.sender()).append('\n')
                    .append("To: ").append(m.to() == null ? "" : m.to()).append('\n')
                    .append("Subject: ").append(m.subject() == null ? "" : m.subject()).append('\n')
                    .append("Sent: ").append(m.at()).append('\n');
            for (Inbox.File f : inbox.files(m.id())) {
                text.append("File: ").append(f.name()).append(f.refused() == null ? "" : " (not kept)").append('\n');
            }
            text.append('\n').append(m.body()).append('\n');
            return new ExportedFile("emails-received/email-" + (i + 1) + ".txt",
                    text.toString().getBytes(StandardCharsets.UTF_8));
        }).toList();
    }
}
