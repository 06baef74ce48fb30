package org.redress.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.redress.platform.CaseDataKeeper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The responses and messages written on a case, for privacy: when its retention period ends their text, recipient and
 * letters go (that one was written, sent when and how, stays); for a subject-access request each one sent is handed
 * over as text with its letter as a PDF. Drafts never sent are internal working and are not exported.
 */
@Component
class SentLetters implements CaseDataKeeper {

    private final JdbcClient db;

    SentLetters(JdbcClient db) {
        this.db = db;
    }

    @Override
    public void anonymise(long authorityId, long caseId, String marker) {
        db.sql("""
                update outgoing_letter set body = ?, subject = ?, summary = null, recipient = null, letter_pdf = null,
                       review_comments = null
                where authority_id = ? and case_id = ?""")
                .params(marker, marker, authorityId, caseId).update();
    }

    @Override
    public List<ExportedFile> export(long authorityId, long caseId) {
        List<ExportedFile> files = new ArrayList<>();
        db.sql("""
                select subject, body, channel, recipient, sent_at, letter_pdf from outgoing_letter
                where authority_id = ? and case_id = ? and status = 'sent' order by sent_at, id""")
                .params(authorityId, caseId)
                .query((rs, n) -> {
                    String name = "letters-sent/letter-" + (n + 1);
                    String text = "To: " + rs.getString("recipient") + "\n"
                            + "By: " + rs.getString("channel") + "\n"
                            + "Sent: " + rs.getObject("sent_at", OffsetDateTime.class) + "\n"
                            + "Subject: " + rs.getString("subject") + "\n\n" + rs.getString("body") + "\n";
                    files.add(new ExportedFile(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
                    byte[] pdf = rs.getBytes("letter_pdf");
                    if (pdf != null) {
                        files.add(new ExportedFile(name + ".pdf", pdf));
                    }
                    return name;
                })
                .list();
        return files;
    }
}
