package org.redress.conduct;

import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes conduct complaints from earlier records (the Monitoring Officer's old register, or the demo council's
 * history) in one go. Every record is checked first; if any is wrong nothing is written and every problem is
 * reported by the record's position ({@code complaints[3].concludedOn}). Each complaint gets one event, "Imported
 * from earlier records".
 */
@Component
public class ConductHistory {

    static final String EVENT_SUMMARY = "Imported from earlier records";

    /**
     * A conduct complaint as it was recorded.
     *
     * @param assessedOn null (with outcome null) while awaiting assessment
     * @param concludedOn the final decision's date: the assessment's for an outcome decided at assessment; null
     *        while referred for investigation
     */
    public record PastComplaint(String reference, LocalDate receivedOn, String councillor, String complainant,
            String summary, LocalDate assessedOn, ConductOutcome outcome, LocalDate concludedOn) {
    }

    /** What a load wrote. */
    public record LoadResult(int complaints, Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    ConductHistory(JdbcTemplate jdbc, JdbcClient db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    @Transactional
    public LoadResult load(long authorityId, String actorName, List<PastComplaint> complaints) {
        long started = System.nanoTime();
        check(authorityId, complaints);
        List<Object[]> rows = new ArrayList<>();
        for (PastComplaint c : complaints) {
            rows.add(new Object[] {authorityId, c.reference().strip(), c.receivedOn(), c.councillor().strip(),
                    c.complainant().strip(), c.summary().strip(), c.assessedOn(),
                    c.outcome() == null ? null : c.outcome().key(), c.concludedOn()});
        }
        jdbc.batchUpdate("""
                insert into conduct_complaint (authority_id, reference, received_on, councillor, complainant, summary,
                    assessed_on, outcome, concluded_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.VARCHAR, Types.DATE,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.DATE});
        Map<String, Long> ids = db.sql("select reference, id from conduct_complaint where authority_id = ?")
                .param(authorityId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Object[]> events = new ArrayList<>();
        for (PastComplaint c : complaints) {
            LocalDate last = c.concludedOn() != null ? c.concludedOn()
                    : c.assessedOn() != null ? c.assessedOn() : c.receivedOn();
            events.add(new Object[] {authorityId, ids.get(c.reference().strip()),
                    last.atStartOfDay().atOffset(ZoneOffset.UTC), actorName, EVENT_SUMMARY});
        }
        jdbc.batchUpdate("""
                insert into conduct_event (authority_id, conduct_complaint_id, occurred_at, actor, action, summary)
                values (?, ?, ?, ?, 'imported', ?)""", events, new int[] {Types.BIGINT, Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR});
        return new LoadResult(complaints.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void check(long authorityId, List<PastComplaint> complaints) {
        Set<String> seen = new HashSet<>(db.sql("select reference from conduct_complaint where authority_id = ?")
                .param(authorityId).query(String.class).list());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < complaints.size(); i++) {
            PastComplaint c = complaints.get(i);
            String at = "complaints[" + i + "].";
            if (c.reference() == null || c.reference().isBlank() || c.reference().strip().length() > 40) {
                problems.add(new FieldProblem(at + "reference", "Give the complaint's reference, 40 characters or fewer"));
            } else if (!seen.add(c.reference().strip())) {
                problems.add(new FieldProblem(at + "reference", "Conduct complaint " + c.reference().strip()
                        + " appears twice or is already recorded"));
            }
            if (c.receivedOn() == null) {
                problems.add(new FieldProblem(at + "receivedOn", "Give the date the complaint was received"));
            }
            ConductComplaints.required(problems, at + "councillor", c.councillor(), ConductComplaints.MAX_NAME,
                    "Give the councillor complained about");
            ConductComplaints.required(problems, at + "complainant", c.complainant(), ConductComplaints.MAX_NAME,
                    "Give who complained");
            ConductComplaints.required(problems, at + "summary", c.summary(), ConductComplaints.MAX_SUMMARY,
                    "Give what the councillor is said to have done");
            if ((c.outcome() == null) != (c.assessedOn() == null)) {
                problems.add(new FieldProblem(at + "assessedOn", "An outcome and its assessment date go together"));
            } else if (c.assessedOn() != null && c.receivedOn() != null && c.assessedOn().isBefore(c.receivedOn())) {
                problems.add(new FieldProblem(at + "assessedOn", "The assessment cannot come before the complaint"));
            }
            boolean concluded = c.outcome() != null && c.outcome().isFinal();
            if (concluded != (c.concludedOn() != null)) {
                problems.add(new FieldProblem(at + "concludedOn", "A final outcome has a conclusion date, and only one"));
            } else if (concluded && c.outcome().step() == ConductOutcome.Step.ASSESSMENT
                    && !c.concludedOn().equals(c.assessedOn())) {
                problems.add(new FieldProblem(at + "concludedOn", "An outcome decided at assessment concludes on the "
                        + "assessment date"));
            } else if (concluded && c.assessedOn() != null && c.concludedOn().isBefore(c.assessedOn())) {
                problems.add(new FieldProblem(at + "concludedOn", "The investigation cannot conclude before the referral"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
