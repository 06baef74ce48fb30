package org.redress.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.redress.organisation.Role;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.FinancialYear;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's conduct complaints: record one as it comes in, then the Monitoring Officer's assessment decision
 * and, for a complaint referred for investigation, its finding. Administrators and the feedback team (who keep the
 * record for the Monitoring Officer) change them; report viewers for the whole council read them; investigating
 * officers, who handle feedback about services, do not see them. A complaint about a councillor belongs to no
 * directorate or service, so a report viewer scoped to one does not see conduct complaints at all. Every change bumps the version (a stale one is refused) and appends an
 * event.
 */
@Component
class ConductComplaints {

    static final int MAX_NAME = 200;
    static final int MAX_SUMMARY = 5000;

    private final JdbcClient db;
    private final Clock clock;

    ConductComplaints(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---- who may do what ------------------------------------------------------------------------------------------

    static boolean canRead(StaffUser user) {
        return canChange(user) || (user.has(Role.REPORT_VIEWER) && user.seesWholeCouncil());
    }

    static boolean canChange(StaffUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.FEEDBACK_TEAM);
    }

    static void requireRead(StaffUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Conduct complaints are for administrators, the feedback team and report "
                    + "viewers for the whole council: they belong to no directorate or service");
        }
    }

    static void requireChange(StaffUser user) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Only administrators and the feedback team record conduct complaints");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    ConductComplaint get(StaffUser user, long id) {
        requireRead(user);
        return db.sql("select * from conduct_complaint where id = ? and authority_id = ?").params(id, user.authorityId())
                .query(ConductComplaints::map).optional().orElseThrow(() -> new NotFound("Conduct complaint " + id));
    }

    ConductComplaint get(StaffUser user, String reference) {
        requireRead(user);
        return db.sql("select * from conduct_complaint where reference = ? and authority_id = ?")
                .params(reference == null ? "" : reference.strip(), user.authorityId())
                .query(ConductComplaints::map).optional()
                .orElseThrow(() -> new NotFound("Conduct complaint " + reference));
    }

    /** The complaints received in a financial year (all of them for null), newest first. */
    List<ConductComplaint> list(StaffUser user, Integer year) {
        requireRead(user);
        if (year == null) {
            return db.sql("select * from conduct_complaint where authority_id = ? order by received_on desc, id desc")
                    .param(user.authorityId()).query(ConductComplaints::map).list();
        }
        FinancialYear fy = new FinancialYear(year);
        return db.sql("""
                select * from conduct_complaint where authority_id = ? and received_on between ? and ?
                order by received_on desc, id desc""")
                .params(user.authorityId(), fy.start(), fy.end()).query(ConductComplaints::map).list();
    }

    List<ConductEvent> timeline(StaffUser user, long id) {
        get(user, id);
        return db.sql("select * from conduct_event where conduct_complaint_id = ? order by occurred_at desc, id desc")
                .param(id)
                .query((rs, n) -> new ConductEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("staff_id", Long.class), rs.getString("actor"), rs.getString("action"),
                        rs.getString("summary")))
                .list();
    }

    // ---- changing ---------------------------------------------------------------------------------------------------

    @Transactional
    ConductComplaint record(StaffUser user, NewComplaint complaint) {
        requireChange(user);
        List<FieldProblem> problems = problems(user, complaint);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long number = db.sql("select nextval('conduct_reference')").query(Long.class).single();
        String reference = String.format("CC%06d", number);
        long id = Rows.insert(db.sql("""
                insert into conduct_complaint (authority_id, reference, received_on, councillor, complainant, summary)
                values (?, ?, ?, ?, ?, ?)""")
                .params(user.authorityId(), reference, complaint.receivedOn(), complaint.councillor().strip(),
                        complaint.complainant().strip(), complaint.summary().strip()));
        event(user, id, "recorded", "Recorded conduct complaint " + reference + " about " + complaint.councillor().strip()
                + ", received " + complaint.receivedOn());
        return get(user, id);
    }

    /**
     * Records the Monitoring Officer's decision: an assessment outcome while the complaint awaits assessment, an
     * investigation's finding while it is under investigation. A concluded complaint takes no more decisions.
     */
    @Transactional
    ConductComplaint decide(StaffUser user, long id, Integer version, ConductOutcome outcome, LocalDate decidedOn) {
        requireChange(user);
        ConductComplaint c = get(user, id);
        ConductOutcome.Step step = c.status().next();
        if (step == null) {
            throw new Refused("Conduct complaint " + c.reference() + " is concluded (" + c.outcome().label()
                    + " on " + c.concludedOn() + "): it takes no further decision.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select the Monitoring Officer's decision"));
        } else if (outcome.step() != step) {
            problems.add(new FieldProblem("outcome", step == ConductOutcome.Step.ASSESSMENT
                    ? "Select an assessment decision: the complaint has not been investigated"
                    : "Select the investigation's finding: the complaint was referred for investigation"));
        }
        LocalDate earliest = step == ConductOutcome.Step.ASSESSMENT ? c.receivedOn() : c.assessedOn();
        if (decidedOn == null) {
            problems.add(new FieldProblem("decidedOn", "Enter the date of the decision"));
        } else if (decidedOn.isAfter(today())) {
            problems.add(new FieldProblem("decidedOn", "The date of the decision must be today or in the past"));
        } else if (decidedOn.isBefore(earliest)) {
            problems.add(new FieldProblem("decidedOn", (step == ConductOutcome.Step.ASSESSMENT
                    ? "The date of the decision must be on or after the date received, "
                    : "The finding must be on or after the referral, ") + earliest));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate assessed = step == ConductOutcome.Step.ASSESSMENT ? decidedOn : c.assessedOn();
        int rows = db.sql("""
                update conduct_complaint set assessed_on = ?, outcome = ?, concluded_on = ?, version = version + 1
                where id = ? and authority_id = ? and version = ?""")
                .params(assessed, outcome.key(), outcome.isFinal() ? decidedOn : null, id, user.authorityId(),
                        version == null ? c.version() : version)
                .update();
        if (rows == 0) {
            throw new EditConflict("Conduct complaint " + c.reference());
        }
        event(user, id, outcome.isFinal() ? "concluded" : "assessed", outcome.label() + " on " + decidedOn);
        return get(user, id);
    }

    /** The problems recording this complaint would meet, without saving anything. */
    List<FieldProblem> problems(StaffUser user, NewComplaint complaint) {
        requireChange(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (complaint.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the Monitoring Officer received the complaint"));
        } else if (complaint.receivedOn().isAfter(today())) {
            problems.add(new FieldProblem("receivedOn", "The date received must be today or in the past"));
        }
        required(problems, "councillor", complaint.councillor(), MAX_NAME, "Enter the name of the councillor complained about");
        required(problems, "complainant", complaint.complainant(), MAX_NAME, "Enter who made the complaint");
        required(problems, "summary", complaint.summary(), MAX_SUMMARY, "Enter what the councillor is said to have done");
        return problems;
    }

    // ---- machinery --------------------------------------------------------------------------------------------------

    private void event(StaffUser user, long id, String action, String summary) {
        db.sql("""
                insert into conduct_event (authority_id, conduct_complaint_id, occurred_at, staff_id, actor, action, summary)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.authorityId(), id, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        user.staffId(), user.displayName(), action,
                        summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary)
                .update();
    }

    static void required(List<FieldProblem> problems, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "Must be " + max + " characters or fewer"));
        }
    }

    static ConductComplaint map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ConductComplaint(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), rs.getString("councillor"), rs.getString("complainant"),
                rs.getString("summary"), rs.getObject("assessed_on", LocalDate.class),
                outcome == null ? null : ConductOutcome.fromKey(outcome), rs.getObject("concluded_on", LocalDate.class),
                rs.getInt("version"));
    }
}
