package org.redress.platform;

import java.time.LocalDate;

/**
 * A feature that keeps personal data on no case (an email set aside in triage), which no case's retention period
 * covers. Privacy's nightly job asks every bean of this type to remove what it has kept longer than the council
 * allows, so such data has an end too.
 */
public interface UnfiledDataKeeper {

    /**
     * Removes the personal data this feature has kept past the council's period as of {@code today}, replacing free
     * text with {@code marker}; returns how many records it cleared, for the job's log.
     */
    int removeExpired(long authorityId, LocalDate today, String marker);

    /** What is removed, for the log: "emails set aside". */
    String what();
}
