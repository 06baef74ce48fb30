package org.redress.casework.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.casework.DelayReason;
import org.redress.casework.Taxonomy;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.redress.platform.Rows;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the checks and the writing of earlier records need to know about the council, read once per load: its
 * services, directorates, staff, reasons, delay reasons, procedures and tags (tags are made on first use).
 */
public final class CouncilTerms {

    final long authorityId;
    final Map<Long, CouncilService> services = new HashMap<>();
    final Set<Long> directorates = new HashSet<>();
    final Set<Long> staffIds = new HashSet<>();
    final Set<String> reasonKeys;
    final Set<String> delayReasonKeys;
    private final Procedures procedures;
    private final JdbcClient db;
    private final Map<String, Long> tags = new HashMap<>();
    private Set<String> procedureCodes;

    CouncilTerms(long authorityId, CouncilStructure structure, StaffAccounts staff, Taxonomy taxonomy,
            Procedures procedures, JdbcClient db) {
        this.authorityId = authorityId;
        this.procedures = procedures;
        this.db = db;
        structure.services(authorityId).forEach(s -> services.put(s.id(), s));
        structure.directorates(authorityId).stream().map(Directorate::id).forEach(directorates::add);
        staff.all(authorityId).stream().map(StaffMember::id).forEach(staffIds::add);
        reasonKeys = taxonomy.reasonNames(authorityId).keySet();
        delayReasonKeys = taxonomy.delayReasons(authorityId).stream().map(DelayReason::key)
                .collect(Collectors.toSet());
        db.sql("select id, tag_key from tag where authority_id = ?").param(authorityId)
                .query(rs -> {
                    tags.put(rs.getString("tag_key"), rs.getLong("id"));
                });
    }

    Set<String> procedureCodes() {
        if (procedureCodes == null) {
            procedureCodes = procedures.policies(authorityId).stream().map(ProcedurePolicy::code)
                    .collect(Collectors.toSet());
        }
        return procedureCodes;
    }

    /** The directorate a case is counted under: the one recorded, else its service's. */
    long directorateOf(Long recorded, long serviceId) {
        return recorded != null ? recorded : services.get(serviceId).directorateId();
    }

    /** The tag with this label (matched ignoring case), made on first use. */
    long tagId(String label) {
        String key = label.toLowerCase(Locale.ROOT);
        return tags.computeIfAbsent(key, k -> Rows.insert(
                db.sql("insert into tag (authority_id, tag_key, label) values (?, ?, ?)")
                        .params(authorityId, k, label)));
    }
}
