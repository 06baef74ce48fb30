package org.redress.casework;

import java.util.List;

import org.redress.platform.CaseDataKeeper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files kept with a case, for privacy: deleted when the case's retention period ends (no report counts them; the
 * timeline still says a file was added), and handed over as they were received for a subject-access request.
 */
@Component
class CaseFilesKept implements CaseDataKeeper {

    private final JdbcClient db;

    CaseFilesKept(JdbcClient db) {
        this.db = db;
    }

    @Override
    public void anonymise(long authorityId, long caseId, String marker) {
        db.sql("delete from case_attachment where authority_id = ? and case_id = ?").params(authorityId, caseId).update();
    }

    @Override
    public List<ExportedFile> export(long authorityId, long caseId) {
        return db.sql("select id, file_name, content from case_attachment where authority_id = ? and case_id = ? order by id")
                .params(authorityId, caseId)
                .query((rs, n) -> new ExportedFile("files/" + (n + 1) + "-" + rs.getString("file_name"),
                        rs.getBytes("content")))
                .list();
    }
}
