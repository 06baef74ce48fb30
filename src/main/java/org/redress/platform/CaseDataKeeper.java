package org.redress.platform;

import java.util.List;

/**
 * A feature that keeps personal data about a case beside the case itself (emails sent, attachments). Privacy asks
 * every bean of this type to remove that data when the case's retention period ends, and to hand it over for a
 * subject-access request, so a new feature that stores such data joins in by declaring one bean.
 */
public interface CaseDataKeeper {

    /**
     * Removes the personal data this feature holds about the case, replacing free text with {@code marker}; keeps
     * whatever reports count. Runs in the anonymisation's transaction.
     */
    void anonymise(long authorityId, long caseId, String marker);

    /** What this feature holds about the case, as files for the subject-access zip; none when it holds nothing. */
    List<ExportedFile> export(long authorityId, long caseId);

    /** One file of a subject-access export; {@code name} is relative to the case's folder in the zip. */
    record ExportedFile(String name, byte[] content) {
    }
}
