package org.redress.correspondence;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.redress.platform.CaseDataKeeper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emails kept about a case, for privacy: when its retention period ends the sender, the text and the files go
 * (that an email came, and when, stays); for a subject-access request each is handed over as a plain-text file.
 */
@Component
class ReceivedEmails implements CaseDataKeeper {

    private final JdbcClient db;
    private final Inbox inbox;

    ReceivedEmails(JdbcClient db, Inbox inbox) {
        this.db = db;
        this.inbox = inbox;
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
