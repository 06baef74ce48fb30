package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.Authority;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Ombudsman statistics of one council, computed from its own Ombudsman cases, for the annual customer feedback
 * report (tables 17 to 22, docs/rules.md §11 and §12) and for knowing what the Ombudsman's letter will say before
 * it arrives.
 *
 * <p>Counting rules: received counts use the date the council heard from the Ombudsman; decisions and the uphold
 * and satisfactory remedy rates use the decision date; a case has one compliance outcome once every one of its
 * recommendations has the Ombudsman's outcome, dated by the last of them, and it counts as complied when all were
 * implemented (late included). Years are financial years named by their first year (2020 = 2020/21).
 */
@Component
public class OmbudsmanStatistics {

    private final JdbcClient db;
    private final CouncilStructure structure;

    OmbudsmanStatistics(JdbcClient db, CouncilStructure structure) {
        this.db = db;
        this.structure = structure;
    }

    /** Complaints and enquiries received in a category (a cell of table 17). */
    public record CategoryCount(OmbudsmanCategory category, long count) {
    }

    /** Decisions of one kind or another (a row of table 18, or one category's decisions). */
    public record DecisionCounts(long incompleteOrInvalid, long adviceGiven, long referredBack,
            long closedAfterInitialEnquiries, long notUpheld, long upheld) {

        public long detailedInvestigations() {
            return upheld + notUpheld;
        }

        public long total() {
            return incompleteOrInvalid + adviceGiven + referredBack + closedAfterInitialEnquiries + notUpheld + upheld;
        }

        public long count(OmbudsmanDecision decision) {
            return switch (decision) {
                case INCOMPLETE_OR_INVALID -> incompleteOrInvalid;
                case ADVICE_GIVEN -> adviceGiven;
                case REFERRED_BACK -> referredBack;
                case CLOSED_AFTER_INITIAL_ENQUIRIES -> closedAfterInitialEnquiries;
                case NOT_UPHELD -> notUpheld;
                case UPHELD -> upheld;
            };
        }
    }

    /** One category's decisions in a year. */
    public record CategoryDecisions(OmbudsmanCategory category, DecisionCounts decisions) {
    }

    /** A row of table 17: a year's complaints and enquiries received, by category, with the total. */
    public record ReceivedRow(FinancialYear year, List<CategoryCount> byCategory, long total) {
    }

    /** A row of table 18: a year's decisions. */
    public record DecisionRow(FinancialYear year, DecisionCounts decisions) {
    }

    /** A row of tables 19 to 22: one service's (or the directorate's) decisions as the council classes them. */
    public record OutcomeRow(String label, long upheld, long notUpheld, long closed, long premature) {

        public long total() {
            return upheld + notUpheld + closed + premature;
        }
    }

    /** Tables 19 to 22: one directorate's decisions in a year by service, and the directorate's total. */
    public record DirectorateOutcomes(long directorateId, String directorate, List<OutcomeRow> services,
            OutcomeRow total) {
    }

    /** The three rates' counts for a year (the annual review letter's figures). */
    public AnnualFigures forAuthority(long authorityId, int year) {
        FinancialYear fy = new FinancialYear(year);
        long[] decided = db.sql("""
                select coalesce(sum(case when decision = 'upheld' then 1 else 0 end), 0),
                       coalesce(sum(case when decision = 'not_upheld' then 1 else 0 end), 0),
                       coalesce(sum(case when decision = 'upheld' and remedied_by_authority then 1 else 0 end), 0)
                from ombudsman_case where authority_id = ? and decided_on between ? and ?""")
                .params(authorityId, fy.start(), fy.end())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        long[] compliance = db.sql("""
                select count(*), coalesce(sum(case when all_implemented = 1 then 1 else 0 end), 0)
                from (select r.ombudsman_case_id,
                             min(case when r.compliance in ('complied', 'complied_late') then 1 else 0 end) as all_implemented,
                             max(r.compliance_recorded_on) as last_recorded
                      from ombudsman_recommendation r
                      where r.authority_id = ?
                      group by r.ombudsman_case_id
                      having count(*) = count(r.compliance)) outcomes
                where last_recorded between ? and ?""")
                .params(authorityId, fy.start(), fy.end())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new AnnualFigures(decided[0], decided[1], decided[2], compliance[0], compliance[1]);
    }

    /**
     * The council's own year counted from its own Ombudsman cases, as a row of the Ombudsman's national data: what its
     * letter preview shows, and the demo council's row beside its synthetic peers.
     */
    NationalFigures asNationalRow(Authority council, int year) {
        AnnualFigures f = forAuthority(council.id(), year);
        DecisionCounts d = decisions(council.id(), year);
        Map<OmbudsmanCategory, Long> received = new EnumMap<>(OmbudsmanCategory.class);
        receivedByCategory(council.id(), year).forEach(c -> received.put(c.category(), c.count()));
        return new NationalFigures(council.code(), council.name(), council.type(), year,
                received.values().stream().mapToLong(Long::longValue).sum(), d.incompleteOrInvalid(), d.adviceGiven(),
                d.referredBack(), d.closedAfterInitialEnquiries(), f.notUpheld(), f.upheld(), f.remediedByAuthority(),
                f.complianceOutcomes(), f.complied(), received);
    }

    /** Complaints and enquiries received in the year, in every category in the Ombudsman's order (zeros included). */
    public List<CategoryCount> receivedByCategory(long authorityId, int year) {
        FinancialYear fy = new FinancialYear(year);
        Map<OmbudsmanCategory, Long> counts = new EnumMap<>(OmbudsmanCategory.class);
        db.sql("""
                select category, count(*) from ombudsman_case
                where authority_id = ? and received_on between ? and ? group by category""")
                .params(authorityId, fy.start(), fy.end())
                .query((java.sql.ResultSet rs) -> {
                    counts.put(OmbudsmanCategory.fromKey(rs.getString(1)), rs.getLong(2));
                });
        List<CategoryCount> result = new ArrayList<>();
        for (OmbudsmanCategory category : OmbudsmanCategory.values()) {
            result.add(new CategoryCount(category, counts.getOrDefault(category, 0L)));
        }
        return result;
    }

    /** The year's decisions, all categories together (a row of table 18). */
    public DecisionCounts decisions(long authorityId, int year) {
        return decisionsBy(authorityId, year).values().stream().reduce(empty(), OmbudsmanStatistics::add);
    }

    /** The year's decisions by category, in the Ombudsman's order (zeros included). */
    public List<CategoryDecisions> decisionsByCategory(long authorityId, int year) {
        Map<OmbudsmanCategory, DecisionCounts> by = decisionsBy(authorityId, year);
        List<CategoryDecisions> result = new ArrayList<>();
        for (OmbudsmanCategory category : OmbudsmanCategory.values()) {
            result.add(new CategoryDecisions(category, by.getOrDefault(category, empty())));
        }
        return result;
    }

    /** Table 17: received by category for {@code years} years ending with {@code year}, newest first. */
    public List<ReceivedRow> receivedOverYears(long authorityId, int year, int years) {
        List<ReceivedRow> rows = new ArrayList<>();
        for (int y = year; y > year - years; y--) {
            List<CategoryCount> counts = receivedByCategory(authorityId, y);
            rows.add(new ReceivedRow(new FinancialYear(y), counts, counts.stream().mapToLong(CategoryCount::count).sum()));
        }
        return rows;
    }

    /** Table 18: decisions for {@code years} years ending with {@code year}, newest first. */
    public List<DecisionRow> decisionsOverYears(long authorityId, int year, int years) {
        List<DecisionRow> rows = new ArrayList<>();
        for (int y = year; y > year - years; y--) {
            rows.add(new DecisionRow(new FinancialYear(y), decisions(authorityId, y)));
        }
        return rows;
    }

    /**
     * Tables 19 to 22: for each directorate with decisions in the year, one row per service (cases with no service
     * under "Directorate-wide"), as upheld, not upheld, closed (out of jurisdiction, no further action, withdrawn)
     * and premature.
     */
    public List<DirectorateOutcomes> outcomesByDirectorate(long authorityId, int year) {
        FinancialYear fy = new FinancialYear(year);
        Map<Long, String> directorates = new LinkedHashMap<>();
        for (Directorate d : structure.directorates(authorityId)) {
            directorates.put(d.id(), d.name());
        }
        Map<Long, String> services = new LinkedHashMap<>();
        for (CouncilService s : structure.services(authorityId)) {
            services.put(s.id(), s.name());
        }
        Map<Long, List<OutcomeRow>> byDirectorate = new LinkedHashMap<>();
        db.sql("""
                select directorate_id, service_id,
                       sum(case when decision = 'upheld' then 1 else 0 end),
                       sum(case when decision = 'not_upheld' then 1 else 0 end),
                       sum(case when council_view in ('closed_out_of_jurisdiction', 'closed_no_further_action',
                                                      'closed_withdrawn') then 1 else 0 end),
                       sum(case when council_view = 'premature' then 1 else 0 end)
                from ombudsman_case
                where authority_id = ? and decided_on between ? and ?
                group by directorate_id, service_id""")
                .params(authorityId, fy.start(), fy.end())
                .query((java.sql.ResultSet rs) -> {
                    Long serviceId = rs.getObject(2, Long.class);
                    byDirectorate.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OutcomeRow(
                            serviceId == null ? "Directorate-wide" : services.getOrDefault(serviceId, "Service " + serviceId),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                });
        List<DirectorateOutcomes> result = new ArrayList<>();
        directorates.forEach((id, name) -> {
            List<OutcomeRow> rows = byDirectorate.get(id);
            if (rows != null) {
                rows.sort(java.util.Comparator.comparing(OutcomeRow::label));
                OutcomeRow total = new OutcomeRow("Total", rows.stream().mapToLong(OutcomeRow::upheld).sum(),
                        rows.stream().mapToLong(OutcomeRow::notUpheld).sum(),
                        rows.stream().mapToLong(OutcomeRow::closed).sum(),
                        rows.stream().mapToLong(OutcomeRow::premature).sum());
                result.add(new DirectorateOutcomes(id, name, List.copyOf(rows), total));
            }
        });
        return result;
    }

    private Map<OmbudsmanCategory, DecisionCounts> decisionsBy(long authorityId, int year) {
        FinancialYear fy = new FinancialYear(year);
        Map<OmbudsmanCategory, DecisionCounts> by = new EnumMap<>(OmbudsmanCategory.class);
        db.sql("""
                select category,
                       sum(case when decision = 'incomplete_or_invalid' then 1 else 0 end),
                       sum(case when decision = 'advice_given' then 1 else 0 end),
                       sum(case when decision = 'referred_back' then 1 else 0 end),
                       sum(case when decision = 'closed_after_initial_enquiries' then 1 else 0 end),
                       sum(case when decision = 'not_upheld' then 1 else 0 end),
                       sum(case when decision = 'upheld' then 1 else 0 end)
                from ombudsman_case
                where authority_id = ? and decided_on between ? and ?
                group by category""")
                .params(authorityId, fy.start(), fy.end())
                .query((java.sql.ResultSet rs) -> {
                    by.put(OmbudsmanCategory.fromKey(rs.getString(1)), new DecisionCounts(rs.getLong(2),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                });
        return by;
    }

    private static DecisionCounts empty() {
        return new DecisionCounts(0, 0, 0, 0, 0, 0);
    }

    private static DecisionCounts add(DecisionCounts a, DecisionCounts b) {
        return new DecisionCounts(a.incompleteOrInvalid() + b.incompleteOrInvalid(), a.adviceGiven() + b.adviceGiven(),
                a.referredBack() + b.referredBack(), a.closedAfterInitialEnquiries() + b.closedAfterInitialEnquiries(),
                a.notUpheld() + b.notUpheld(), a.upheld() + b.upheld());
    }
}
