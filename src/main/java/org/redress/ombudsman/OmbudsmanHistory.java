package org.redress.ombudsman;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes Ombudsman cases from earlier records (a council's old spreadsheet, or the demo council's history) in one
 * go, with their recommendations and compliance outcomes. Every record is checked first against the same rules the
 * link officer's form applies; if any is wrong nothing is written and every problem is reported by the record's
 * position ({@code cases[3].decidedOn}). Each case gets one event, "Imported from earlier records".
 */
@Component
public class OmbudsmanHistory {

    static final String EVENT_SUMMARY = "Imported from earlier records";
    private static final Pattern REFERENCE = Pattern.compile("^(\\d{2})\\s*(\\d{3})\\s*(\\d{3})$");

    /**
     * An Ombudsman case as it was recorded.
     *
     * @param caseReference the council's own case, or null
     * @param serviceId null for a directorate-wide case
     * @param decidedOn null (with decision and councilView null) while the Ombudsman has not decided
     * @param councilView the council's classification; only for decisions without a detailed investigation
     */
    public record PastCase(String ombudsmanReference, String caseReference, OmbudsmanCategory category,
            long directorateId, Long serviceId, LocalDate receivedOn, LocalDate decidedOn,
            OmbudsmanDecision decision, CouncilView councilView, boolean remediedByAuthority, boolean publicReport,
            String decisionSummary, List<PastRecommendation> recommendations) {

        public PastCase {
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        }
    }

    /**
     * A recommendation and, once the Ombudsman has recorded it, its compliance outcome.
     *
     * @param amount a payment's amount, else null
     */
    public record PastRecommendation(RecommendationType type, String description, BigDecimal amount, LocalDate dueOn,
            LocalDate doneOn, Compliance compliance, LocalDate complianceRecordedOn) {
    }

    /** What a load wrote. */
    public record LoadResult(int cases, int recommendations, Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient db;
    private final CouncilStructure structure;

    OmbudsmanHistory(JdbcTemplate jdbc, JdbcClient db, CouncilStructure structure) {
        this.jdbc = jdbc;
        this.db = db;
        this.structure = structure;
    }

    @Transactional
    public LoadResult load(long authorityId, String actorName, List<PastCase> cases) {
        long started = System.nanoTime();
        List<String> references = check(authorityId, cases);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            PastCase c = cases.get(i);
            rows.add(new Object[] {authorityId, references.get(i), c.caseReference(), c.category().key(),
                    c.directorateId(), c.serviceId(), c.receivedOn(), c.decidedOn(), key(c.decision()),
                    key(c.councilView()), c.remediedByAuthority(), c.publicReport(), c.decisionSummary()});
        }
        jdbc.batchUpdate("""
                insert into ombudsman_case (authority_id, ombudsman_reference, case_reference, category,
                    directorate_id, service_id, received_on, decided_on, decision, council_view,
                    remedied_by_authority, public_report, decision_summary)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR,
                Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR});

        Map<String, Long> ids = db.sql("select ombudsman_reference, id from ombudsman_case where authority_id = ?")
                .param(authorityId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Object[]> recommendations = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            PastCase c = cases.get(i);
            long id = ids.get(references.get(i));
            for (PastRecommendation r : c.recommendations()) {
                recommendations.add(new Object[] {authorityId, id, r.type().key(), r.description(), r.amount(),
                        r.dueOn(), r.doneOn(), key(r.compliance()), r.complianceRecordedOn()});
            }
            LocalDate last = c.decidedOn() == null ? c.receivedOn() : c.decidedOn();
            events.add(new Object[] {authorityId, id, last.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                    actorName, EVENT_SUMMARY});
        }
        jdbc.batchUpdate("""
                insert into ombudsman_recommendation (authority_id, ombudsman_case_id, recommendation_type,
                    description, amount, due_on, done_on, compliance, compliance_recorded_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", recommendations, new int[] {Types.BIGINT, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE});
        jdbc.batchUpdate("""
                insert into ombudsman_event (authority_id, ombudsman_case_id, occurred_at, actor, action, summary)
                values (?, ?, ?, ?, 'imported', ?)""", events, new int[] {Types.BIGINT, Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR});
        return new LoadResult(cases.size(), recommendations.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Every problem in the records, or their references as stored ("19 020 166"). */
    private List<String> check(long authorityId, List<PastCase> cases) {
        Set<Long> directorates = structure.directorates(authorityId).stream().map(Directorate::id)
                .collect(Collectors.toSet());
        Map<Long, Long> serviceDirectorate = structure.services(authorityId).stream()
                .collect(Collectors.toMap(CouncilService::id, CouncilService::directorateId));
        Set<String> seen = new HashSet<>(db.sql("select ombudsman_reference from ombudsman_case where authority_id = ?")
                .param(authorityId).query(String.class).list());
        List<FieldProblem> problems = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            PastCase c = cases.get(i);
            String at = "cases[" + i + "].";
            Matcher m = c.ombudsmanReference() == null ? null : REFERENCE.matcher(c.ombudsmanReference().strip());
            String reference = m != null && m.matches() ? m.group(1) + " " + m.group(2) + " " + m.group(3) : null;
            references.add(reference);
            if (reference == null) {
                problems.add(new FieldProblem(at + "ombudsmanReference", "Give the Ombudsman's reference as 8 digits"));
            } else if (!seen.add(reference)) {
                problems.add(new FieldProblem(at + "ombudsmanReference", "Ombudsman case " + reference
                        + " appears twice or is already recorded"));
            }
            if (c.category() == null) {
                problems.add(new FieldProblem(at + "category", "Give the Ombudsman's category"));
            }
            if (!directorates.contains(c.directorateId())) {
                problems.add(new FieldProblem(at + "directorateId", "No such directorate in this council"));
            } else if (c.serviceId() != null && !Long.valueOf(c.directorateId()).equals(serviceDirectorate.get(c.serviceId()))) {
                problems.add(new FieldProblem(at + "serviceId", "Not a service of the case's directorate"));
            }
            if (c.receivedOn() == null) {
                problems.add(new FieldProblem(at + "receivedOn", "Give the date the council heard from the Ombudsman"));
            }
            if ((c.decision() == null) != (c.decidedOn() == null)) {
                problems.add(new FieldProblem(at + "decidedOn", "A decision and its date go together"));
            } else if (c.decidedOn() != null && c.receivedOn() != null && c.decidedOn().isBefore(c.receivedOn())) {
                problems.add(new FieldProblem(at + "decidedOn", "The decision cannot come before the case was received"));
            }
            if (c.decision() != null && c.decision().detailedInvestigation() == (c.councilView() != null)) {
                problems.add(new FieldProblem(at + "councilView", "Classify every decision that was not a detailed "
                        + "investigation, and only those"));
            }
            if (c.remediedByAuthority() && c.decision() != OmbudsmanDecision.UPHELD) {
                problems.add(new FieldProblem(at + "remediedByAuthority", "Only an upheld complaint can have been "
                        + "remedied by the council"));
            }
            if (!c.recommendations().isEmpty() && (c.decision() == null || !c.decision().detailedInvestigation())) {
                problems.add(new FieldProblem(at + "recommendations", "Only a detailed investigation makes recommendations"));
            }
            for (int r = 0; r < c.recommendations().size(); r++) {
                PastRecommendation rec = c.recommendations().get(r);
                String recAt = at + "recommendations[" + r + "].";
                if (rec.type() == null || rec.dueOn() == null) {
                    problems.add(new FieldProblem(recAt + "type", "Give the recommendation's type and due date"));
                }
                if ((rec.compliance() == null) != (rec.complianceRecordedOn() == null)) {
                    problems.add(new FieldProblem(recAt + "complianceRecordedOn", "A compliance outcome and its date go together"));
                }
                if ((rec.type() == RecommendationType.PAYMENT) != (rec.amount() != null)) {
                    problems.add(new FieldProblem(recAt + "amount", "A payment has an amount, and only a payment"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return references;
    }

    private static String key(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase();
    }
}
