package org.redress.notification;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.redress.platform.CaseDataKeeper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emails kept about a case in the outbox, for privacy: removed with the case's personal data when its retention
 * period ends (the address and the body go; that an email of a kind was sent, and when, stays), and handed over,
 * each as a plain-text file with the file it carried (a letter), for a subject-access request.
 */
@Component
class SentEmails implements CaseDataKeeper {

    private final JdbcClient db;

    SentEmails(JdbcClient db) {
        this.db = db;
    }

    @Override
    public void anonymise(long authorityId, long caseId, String marker) {
        db.sql("""
                update notification_outbox set recipient = ?, body = ?, last_error = null, attachment = null
                where authority_id = ? and case_id = ?""")
                .params("[removed]", marker, authorityId, caseId).update();
    }

    @Override
    public List<ExportedFile> export(long authorityId, long caseId) {
        List<ExportedFile> files = new ArrayList<>();
        db.sql("""
                select id, recipient, subject, body, status, created_at, sent_at, attachment_name, attachment
                from notification_outbox where authority_id = ? and case_id = ? order by created_at, id""")
                .params(authorityId, caseId)
                .query((rs, n) -> {
                    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
                    String text = "To: " + rs.getString("recipient") + "\n"
                            + "Subject: " + rs.getString("subject") + "\n"
                            + "Queued: " + rs.getObject("created_at", OffsetDateTime.class) + "\n"
                            + "Sent: " + (sent == null ? "not sent (" + rs.getString("status") + ")" : sent) + "\n"
                            + (rs.getString("attachment_name") == null ? ""
                                    : "File: " + rs.getString("attachment_name") + "\n")
                            + "\n" + rs.getString("body") + "\n";
                    files.add(new ExportedFile("emails/email-" + (n + 1) + ".txt", text.getBytes(StandardCharsets.UTF_8)));
                    byte[] file = rs.getBytes("attachment");
                    if (file != null) {
                        files.add(new ExportedFile("emails/email-" + (n + 1) + "-" + rs.getString("attachment_name"), file));
                    }
                    return n;
                })
                .list();
        return files;
    }
}
