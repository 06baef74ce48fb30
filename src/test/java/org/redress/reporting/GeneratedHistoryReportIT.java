package org.redress.reporting;

import org.redress.platform.FinancialYear;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Channel;
import org.redress.casework.ComplaintReason;
import org.redress.casework.DelayReason;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentSource;
import org.redress.casework.RemedyKind;
import org.redress.casework.Taxonomy;
import org.redress.conduct.ConductHistory;
import org.redress.conduct.ConductHistory.PastComplaint;
import org.redress.conduct.ConductOutcome;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.ombudsman.Compliance;
import org.redress.ombudsman.CouncilView;
import org.redress.ombudsman.OmbudsmanCategory;
import org.redress.ombudsman.OmbudsmanDecision;
import org.redress.ombudsman.OmbudsmanHistory;
import org.redress.ombudsman.OmbudsmanHistory.PastCase;
import org.redress.ombudsman.OmbudsmanHistory.PastRecommendation;
import org.redress.ombudsman.RecommendationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Generates a council's history from a fixed seed, loads it, and checks every cell of every table of the 2020/21
 * report against figures this test counts itself, by walking the generated Java records (not SQL). The history
 * straddles the year's edges on purpose: cases received on 31 March and 1 April, on 29 February 2020, responses in
 * the year after receipt, stage 2 requests in the next year, payments by another directorate, retired reasons,
 * sub-reasons, a tag written in two cases, late enquiries with delay reasons (not complaints: not counted).
 */
@SpringBootTest
class GeneratedHistoryReportIT {

    static final long SEED = 20_201_004L;
    static final int CASES = 1_800;
    static final int YEAR = 2020;
    static final int OMBUDSMAN_CASES = 600;
    static final int CONDUCT_COMPLAINTS = 150;
    static final int THRESHOLD = 4;
    static final LocalDate[] EDGES = {LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31),
            LocalDate.of(2021, 4, 1), LocalDate.of(2020, 2, 29), LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 1),
            LocalDate.of(2018, 4, 1), LocalDate.of(2018, 3, 31), LocalDate.of(2020, 6, 30), LocalDate.of(2020, 7, 1)};

    @Autowired CouncilStructure structure;
    @Autowired HistoricCases loader;
    @Autowired OmbudsmanHistory ombudsmanLoader;
    @Autowired ConductHistory conductLoader;
    @Autowired AnnualFeedbackReport reports;
    @Autowired Taxonomy taxonomy;

    @Autowired TestCouncil council;
    long authorityId;
    List<Directorate> directorates;
    List<CouncilService> services;
    List<ComplaintReason> reasons;
    List<DelayReason> delayReasons;

    @BeforeEach
    void aCouncilWithThreeDirectoratesAndFiveServices() {
        authorityId = council.authority.id();
        long cype = structure.addDirectorate(authorityId, "Children, Young People and Education").id();
        structure.addService(authorityId, cype, "Education Services");
        structure.addService(authorityId, cype, "Children's Social Work");
        structure.addService(authorityId, council.highwaysDirectorate.id(), "Libraries");
        directorates = structure.directorates(authorityId);
        services = structure.services(authorityId);
        reasons = taxonomy.reasons(authorityId);
        delayReasons = taxonomy.delayReasons(authorityId);
    }

    @Test
    void everyCellOfEveryTableMatchesTheFiguresCountedFromTheRecords() {
        List<HistoricCase> history = generate(new Random(SEED));
        loader.load(authorityId, "Generator", history);
        List<PastCase> ombudsman = generateOmbudsman(new Random(SEED + 1));
        ombudsmanLoader.load(authorityId, "Generator", ombudsman);
        List<PastComplaint> conduct = generateConduct(new Random(SEED + 2));
        conductLoader.load(authorityId, "Generator", conduct);

        AnnualReport report = reports.build(authorityId, new FinancialYear(YEAR),
                new AnnualFeedbackReport.Options("COVID", THRESHOLD));
        List<ReportTable> expected = new Expected(history, ombudsman, conduct).tables();

        assertThat(report.tables().stream().map(ReportTable::id))
                .containsExactlyElementsOf(expected.stream().map(ReportTable::id).toList());
        List<String> differences = new ArrayList<>();
        int cells = 0;
        for (int t = 0; t < expected.size(); t++) {
            ReportTable want = expected.get(t);
            ReportTable got = report.tables().get(t);
            assertThat(got.columns()).as(want.id() + " columns").containsExactlyElementsOf(want.columns());
            assertThat(got.rows().stream().map(r -> r.group() + " / " + r.label()))
                    .as(want.id() + " rows").containsExactlyElementsOf(want.rows().stream()
                            .map(r -> r.group() + " / " + r.label()).toList());
            for (int r = 0; r < want.rows().size(); r++) {
                for (int c = 0; c < want.columns().size(); c++) {
                    cells++;
                    Number w = want.rows().get(r).values().get(c);
                    Number g = got.rows().get(r).values().get(c);
                    if (!same(w, g)) {
                        differences.add(want.id() + " [" + want.rows().get(r).label() + "][" + want.columns().get(c)
                                + "]: expected " + w + " but the report has " + g);
                    }
                }
            }
        }
        assertThat(differences).as("cells that differ").isEmpty();
        assertThat(cells).as("cells checked").isGreaterThan(400);
        // the history must exercise what it claims to: not a report of zeros
        assertThat(report.table("table-23").orElseThrow().rows()).isNotEmpty();
        assertThat(report.table("table-15").orElseThrow().row("Total").values().get(2))
                .satisfies(n -> assertThat(new BigDecimal(n.toString())).isPositive());
        assertThat(report.table("ombudsman-rates").orElseThrow().rows()).allSatisfy(r ->
                assertThat(r.values().get(1).longValue()).as(r.label() + " denominator").isPositive());
        assertThat(report.table("table-16").orElseThrow().rows()).allSatisfy(r ->
                assertThat(r.values().get(0).longValue()).as(r.label() + " in 2020/21").isPositive());
    }

    private static boolean same(Number a, Number b) {
        if (a == null || b == null) {
            return a == b;
        }
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }

    // ---- the generator ---------------------------------------------------------------------------------------------

    private List<HistoricCase> generate(Random random) {
        LocalDate first = LocalDate.of(2018, 1, 1);
        int span = (int) (LocalDate.of(2021, 6, 30).toEpochDay() - first.toEpochDay());
        FeedbackType[] types = FeedbackType.values();
        double[] typeWeights = {50, 10, 10, 10, 8, 7, 5};
        List<String> reasonKeys = reasons.stream().map(ComplaintReason::key).toList();
        List<HistoricCase> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            FeedbackType type = types[pick(random, typeWeights)];
            CouncilService service = services.get(random.nextInt(services.size()));
            LocalDate received = random.nextInt(10) == 0 ? EDGES[random.nextInt(EDGES.length)]
                    : first.plusDays(random.nextInt(span));
            Histories.Builder c = Histories.aCase(type, service.id(), service.directorateId())
                    .channel(Channel.values()[random.nextInt(Channel.values().length)]).receivedOn(received);
            int tag = random.nextInt(20);
            if (tag < 4) {
                c.tags("Covid");
            } else if (tag == 4) {
                c.tags("covid", "Flooding");
            } else if (tag == 5) {
                c.tags("Flooding");
            }
            if (type == FeedbackType.COMPLAINT) {
                complaint(random, c, received, reasonKeys);
            } else if (!type.acknowledgeAndClose() && random.nextInt(5) > 0) {
                LocalDate responded = received.plusDays(random.nextInt(40));
                c.stage(1).respondedOn = responded;
                if (responded.isAfter(received.plusDays(28)) && random.nextBoolean()) {
                    c.stage(1).delayReason = delay(random); // not a complaint: the report must not count it
                }
            }
            cases.add(c.build());
        }
        return cases;
    }

    /**
     * Ombudsman cases across the years' edges: every category and decision, some with no service, some still
     * undecided, recommendations with and without every compliance outcome recorded (only a case whose
     * recommendations all have one counts), late compliance (it still counts as implemented).
     */
    private List<PastCase> generateOmbudsman(Random random) {
        LocalDate first = LocalDate.of(2017, 10, 1);
        int span = (int) (LocalDate.of(2021, 6, 30).toEpochDay() - first.toEpochDay());
        OmbudsmanDecision[] decisions = OmbudsmanDecision.values();
        CouncilView[] views = CouncilView.values();
        Compliance[] compliance = Compliance.values();
        List<PastCase> cases = new ArrayList<>();
        for (int i = 0; i < OMBUDSMAN_CASES; i++) {
            OmbudsmanCategory category = OmbudsmanCategory.values()[random.nextInt(OmbudsmanCategory.values().length)];
            Directorate directorate = directorates.get(random.nextInt(directorates.size()));
            List<CouncilService> inDirectorate = services.stream().filter(s -> s.directorateId() == directorate.id())
                    .toList();
            Long service = random.nextInt(5) == 0 ? null : inDirectorate.get(random.nextInt(inDirectorate.size())).id();
            LocalDate received = random.nextInt(8) == 0 ? EDGES[random.nextInt(EDGES.length)]
                    : first.plusDays(random.nextInt(span));
            OmbudsmanDecision decision = random.nextInt(8) == 0 ? null : decisions[random.nextInt(decisions.length)];
            LocalDate decided = decision == null ? null : random.nextInt(8) == 0
                    ? EDGES[random.nextInt(EDGES.length)] : received.plusDays(random.nextInt(200));
            if (decided != null && decided.isBefore(received)) {
                decided = received;
            }
            CouncilView view = decision == null || decision.detailedInvestigation() ? null
                    : views[random.nextInt(views.length)];
            boolean remedied = decision == OmbudsmanDecision.UPHELD && random.nextInt(4) == 0;
            List<PastRecommendation> recommendations = new ArrayList<>();
            if (decision != null && decision.detailedInvestigation() && random.nextInt(3) > 0) {
                for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
                    Compliance outcome = random.nextInt(6) == 0 ? null : compliance[random.nextInt(compliance.length)];
                    LocalDate recorded = outcome == null ? null : random.nextInt(6) == 0
                            ? EDGES[random.nextInt(EDGES.length)] : decided.plusDays(random.nextInt(150));
                    recommendations.add(new PastRecommendation(RecommendationType.APOLOGY, "Apologise", null,
                            decided.plusDays(30), recorded, outcome, recorded));
                }
            }
            cases.add(new PastCase(String.format("%02d %03d %03d", received.getYear() % 100, i / 1000, i % 1000), null,
                    category, directorate.id(), service, received, decided, decision, view, remedied, false, null,
                    recommendations));
        }
        return cases;
    }

    /**
     * Conduct complaints across the years' edges: every outcome, some still awaiting assessment, some referred for
     * an investigation that concluded in a later year or has not concluded (not counted until it does).
     */
    private List<PastComplaint> generateConduct(Random random) {
        LocalDate first = LocalDate.of(2017, 10, 1);
        int span = (int) (LocalDate.of(2021, 6, 30).toEpochDay() - first.toEpochDay());
        List<ConductOutcome> atAssessment = ConductOutcome.at(ConductOutcome.Step.ASSESSMENT);
        List<ConductOutcome> afterInvestigation = ConductOutcome.at(ConductOutcome.Step.INVESTIGATION);
        List<PastComplaint> complaints = new ArrayList<>();
        for (int i = 0; i < CONDUCT_COMPLAINTS; i++) {
            LocalDate received = random.nextInt(8) == 0 ? EDGES[random.nextInt(EDGES.length)]
                    : first.plusDays(random.nextInt(span));
            ConductOutcome outcome = random.nextInt(10) == 0 ? null : atAssessment.get(random.nextInt(atAssessment.size()));
            LocalDate assessed = outcome == null ? null : random.nextInt(6) == 0
                    ? EDGES[random.nextInt(EDGES.length)] : received.plusDays(random.nextInt(60));
            if (assessed != null && assessed.isBefore(received)) {
                assessed = received;
            }
            LocalDate concluded = outcome != null && outcome.isFinal() ? assessed : null;
            if (outcome == ConductOutcome.REFERRED_FOR_INVESTIGATION && random.nextInt(4) > 0) {
                outcome = afterInvestigation.get(random.nextInt(afterInvestigation.size()));
                concluded = assessed.plusDays(random.nextInt(250));
            }
            complaints.add(new PastComplaint("GEN/" + i, received, "Councillor " + (char) ('A' + i % 26),
                    "Complainant " + i, "Generated complaint " + i, assessed, outcome, concluded));
        }
        return complaints;
    }

    private void complaint(Random random, Histories.Builder c, LocalDate received, List<String> reasonKeys) {
        int reasonCount = random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        for (int r = 0; r < reasonCount; r++) {
            chosen.add(reasonKeys.get(random.nextInt(reasonKeys.size())));
        }
        c.reasons(chosen.toArray(String[]::new));
        int fate = random.nextInt(20);
        if (fate == 0) {
            c.withdrawn(received.plusDays(random.nextInt(10)));
            return;
        }
        if (fate <= 2) {
            return; // still open
        }
        // One in twenty answered a year or two late (a case held over for legal proceedings): its stage and reasons
        // count in the year of the answer, not the year it was received.
        LocalDate responded = received.plusDays(random.nextInt(20) == 0 ? 365 + random.nextInt(500)
                : random.nextInt(60));
        Outcome outcome = Outcome.values()[random.nextInt(4)];
        c.responded(responded, outcome);
        Histories.StageBuilder one = c.stage(1);
        if (random.nextInt(7) == 0) {
            one.suspendedWorkingDays = 1 + random.nextInt(10);
        }
        if (responded.isAfter(received.plusDays(28)) && random.nextInt(10) < 7) {
            one.delayReason = delay(random);
        }
        for (int k = random.nextInt(10) < 4 ? 1 + random.nextInt(3) : 0; k > 0; k--) {
            c.remedy(1, RemedyKind.values()[random.nextInt(RemedyKind.values().length)]);
        }
        LocalDate last = responded;
        if (outcome != Outcome.RESOLVED_UPON_RECEIPT && random.nextInt(4) == 0) {
            LocalDate asked = responded.plusDays(1 + random.nextInt(20));
            boolean answered = random.nextInt(10) > 0;
            LocalDate answeredOn = answered ? asked.plusDays(random.nextInt(50)) : null;
            c.escalated(asked, answeredOn, answered ? Outcome.values()[random.nextInt(3)] : null);
            if (answered) {
                last = answeredOn;
                if (answeredOn.isAfter(asked.plusDays(28)) && random.nextBoolean()) {
                    c.stage(2).delayReason = delay(random);
                }
                if (random.nextInt(5) == 0) {
                    c.remedy(2, RemedyKind.values()[random.nextInt(RemedyKind.values().length)]);
                }
            }
        }
        if (random.nextInt(8) == 0) {
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            Long payer = random.nextInt(5) == 0 ? directorates.get(random.nextInt(directorates.size())).id() : null;
            PaymentSource source = random.nextInt(3) == 0 ? PaymentSource.OMBUDSMAN : PaymentSource.LOCAL_RESOLUTION;
            c.payment(amount, last.plusDays(random.nextInt(90)), payer, source);
        }
    }

    private String delay(Random random) {
        return delayReasons.get(random.nextInt(delayReasons.size())).key();
    }

    private static int pick(Random random, double[] weights) {
        double r = random.nextDouble() * Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // ---- the expected report, counted from the records ----------------------------------------------------------

    /** The tables as they should be, worked out by walking the records with the rules written out afresh. */
    private final class Expected {
        final List<HistoricCase> all;
        final List<PastCase> ombudsman;
        final List<PastComplaint> conduct;
        final String y = "2020/21";
        final String p = "2019/20";

        Expected(List<HistoricCase> all, List<PastCase> ombudsman, List<PastComplaint> conduct) {
            this.all = all;
            this.ombudsman = ombudsman;
            this.conduct = conduct;
        }

        int fy(LocalDate d) {
            return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
        }

        boolean in(LocalDate d, int year) {
            return d != null && fy(d) == year;
        }

        Integer pct(long part, long whole) {
            if (whole == 0) {
                return null;
            }
            long rounded = Math.round(Math.abs(part) * 100.0 / Math.abs(whole));
            return (int) (Long.signum(part) * Long.signum(whole) * rounded);
        }

        long count(Predicate<HistoricCase> p) {
            return all.stream().filter(p).count();
        }

        Predicate<HistoricCase> received(FeedbackType type, int year) {
            return c -> c.type() == type && in(c.receivedOn(), year);
        }

        String topOf(String key) {
            return reasons.stream().filter(r -> r.key().equals(key)).findFirst()
                    .map(r -> r.parentKey() == null ? r.key() : r.parentKey()).orElseThrow();
        }

        Set<String> tops(HistoricCase c) {
            return c.reasons().stream().map(this::topOf).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        List<ComplaintReason> top() {
            return reasons.stream().filter(r -> r.parentKey() == null).toList();
        }

        List<String> dirNames() {
            return directorates.stream().map(Directorate::name).toList();
        }

        List<String> plusTotal(List<String> names) {
            List<String> out = new ArrayList<>(names);
            out.add("Total");
            return out;
        }

        ReportRow row(String label, Number... values) {
            return new ReportRow(label, ReportRow.COUNT, null, Arrays.asList(values));
        }

        ReportRow row(String label, List<? extends Number> values) {
            return new ReportRow(label, ReportRow.COUNT, null, new ArrayList<>(values));
        }

        /** Rows this year, last year, difference, % difference from per-column counts. */
        List<ReportRow> compare(List<Long> now, List<Long> before) {
            List<Number> diff = new ArrayList<>();
            List<Number> change = new ArrayList<>();
            for (int i = 0; i < now.size(); i++) {
                diff.add(now.get(i) - before.get(i));
                change.add(pct(now.get(i) - before.get(i), before.get(i)));
            }
            return List.of(row(y, now), row(p, before), row("Difference", diff), row("% difference", change));
        }

        List<Long> withSum(List<Long> values) {
            List<Long> out = new ArrayList<>(values);
            out.add(values.stream().mapToLong(Long::longValue).sum());
            return out;
        }

        List<ReportTable> tables() {
            List<ReportTable> t = new ArrayList<>();
            List<FeedbackType> t1 = List.of(FeedbackType.COMPLAINT, FeedbackType.COMMENT, FeedbackType.COMPLIMENT);
            List<Long> now1 = new ArrayList<>(t1.stream().map(ty -> count(received(ty, YEAR))).toList());
            List<Long> before1 = new ArrayList<>(t1.stream().map(ty -> count(received(ty, YEAR - 1))).toList());
            now1.add(ombudsman.stream().filter(o -> in(o.receivedOn(), YEAR)).count());
            before1.add(ombudsman.stream().filter(o -> in(o.receivedOn(), YEAR - 1)).count());
            t.add(table("table-1", List.of("Complaints (stage 1)", "Comments", "Compliments", "Ombudsman complaints"),
                    compare(now1, before1)));
            t.add(tagged());
            t.add(table("table-2", plusTotal(dirNames()), compare(
                    withSum(directorates.stream().map(d -> count(received(FeedbackType.COMPLAINT, YEAR)
                            .and(c -> c.directorateId() == d.id()))).toList()),
                    withSum(directorates.stream().map(d -> count(received(FeedbackType.COMPLAINT, YEAR - 1)
                            .and(c -> c.directorateId() == d.id()))).toList()))));
            t.add(table("table-3", plusTotal(dirNames()), compare(
                    withSum(directorates.stream().map(d -> stage2Requests(d, YEAR)).toList()),
                    withSum(directorates.stream().map(d -> stage2Requests(d, YEAR - 1)).toList()))));
            t.add(table4());
            t.add(outcomes("table-5", 1));
            t.add(outcomes("table-6", 2));
            List<FeedbackType> t7 = List.of(FeedbackType.MEMBER_ENQUIRY, FeedbackType.ENQUIRY,
                    FeedbackType.INFORMAL_CONCERN, FeedbackType.REPRESENTATION);
            t.add(table("table-7", t7.stream().map(FeedbackType::label).toList(),
                    compare(t7.stream().map(ty -> count(received(ty, YEAR))).toList(),
                            t7.stream().map(ty -> count(received(ty, YEAR - 1))).toList())));
            t.add(table8());
            t.add(upheld("table-9", top().stream().map(ComplaintReason::key).toList(), true, "%"));
            t.add(upheld("table-10", reasons.stream().filter(r -> "issues_with_service".equals(r.parentKey()))
                    .map(ComplaintReason::key).toList(), false, "% of total"));
            t.add(timeliness());
            t.add(table11());
            t.add(table12());
            t.add(table13());
            t.add(table14());
            t.add(table15());
            t.add(compensationByReason());
            t.add(table16());
            t.add(table17());
            t.add(table18());
            t.add(ombudsmanRates());
            t.addAll(tables19To22());
            t.add(table23());
            t.addAll(appendix());
            return t;
        }

        /** Rows by outcome, written out afresh; columns this year and the two before, by the final decision. */
        ReportTable table16() {
            Set<ConductOutcome> noAction = Set.of(ConductOutcome.NO_ACTION, ConductOutcome.RESOLVED_UPON_RECEIPT,
                    ConductOutcome.DISMISSED, ConductOutcome.NO_BREACH_FOUND);
            Set<ConductOutcome> actionTaken = Set.of(ConductOutcome.ACTION_TAKEN_BY_PARTY,
                    ConductOutcome.BREACH_FOUND_WITH_SANCTION);
            List<ReportRow> rows = new ArrayList<>();
            for (Set<ConductOutcome> outcomes : List.of(noAction, actionTaken)) {
                List<Long> values = new ArrayList<>();
                for (int year = YEAR; year > YEAR - 3; year--) {
                    int fy = year;
                    values.add(conduct.stream().filter(c -> in(c.concludedOn(), fy) && outcomes.contains(c.outcome()))
                            .count());
                }
                rows.add(row(outcomes == noAction
                        ? "No action or resolved upon receipt; dismissed by the Monitoring Officer"
                        : "Action taken by party", values));
            }
            return table("table-16", List.of("2020/21", "2019/20", "2018/19"), rows);
        }

        ReportTable table17() {
            List<String> columns = new ArrayList<>(Arrays.stream(OmbudsmanCategory.values())
                    .map(OmbudsmanCategory::label).toList());
            List<ReportRow> rows = new ArrayList<>();
            for (int year = YEAR; year > YEAR - 3; year--) {
                int fy = year;
                rows.add(row(fy + "/" + (fy + 1) % 100, withSum(Arrays.stream(OmbudsmanCategory.values())
                        .map(c -> ombudsman.stream().filter(o -> o.category() == c && in(o.receivedOn(), fy)).count())
                        .toList())));
            }
            return table("table-17", plusTotal(columns), rows);
        }

        ReportTable table18() {
            List<OmbudsmanDecision> order = List.of(OmbudsmanDecision.UPHELD, OmbudsmanDecision.NOT_UPHELD,
                    OmbudsmanDecision.ADVICE_GIVEN, OmbudsmanDecision.CLOSED_AFTER_INITIAL_ENQUIRIES,
                    OmbudsmanDecision.INCOMPLETE_OR_INVALID, OmbudsmanDecision.REFERRED_BACK);
            List<ReportRow> rows = new ArrayList<>();
            for (int year = YEAR; year > YEAR - 3; year--) {
                int fy = year;
                rows.add(row(fy + "/" + (fy + 1) % 100, withSum(order.stream().map(d -> ombudsman.stream()
                        .filter(o -> o.decision() == d && in(o.decidedOn(), fy)).count()).toList())));
            }
            return table("table-18", plusTotal(order.stream().map(OmbudsmanDecision::label).toList()), rows);
        }

        ReportTable ombudsmanRates() {
            long[][] now = rates(YEAR);
            long[][] before = rates(YEAR - 1);
            List<String> labels = List.of("Uphold rate (upheld of detailed investigations)",
                    "Compliance rate (recommendations implemented)",
                    "Satisfactory remedy rate (upheld cases the council had put right)");
            List<ReportRow> rows = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rows.add(row(labels.get(i), now[i][0], now[i][1], pct(now[i][0], now[i][1]),
                        pct(before[i][0], before[i][1])));
            }
            return table("ombudsman-rates", List.of(y, "Out of", y + " (%)", p + " (%)"), rows);
        }

        /** Numerator and denominator of the uphold, compliance and satisfactory remedy rates in a year. */
        long[][] rates(int year) {
            List<PastCase> decided = ombudsman.stream().filter(o -> in(o.decidedOn(), year)).toList();
            long upheld = decided.stream().filter(o -> o.decision() == OmbudsmanDecision.UPHELD).count();
            long investigated = decided.stream().filter(o -> o.decision().detailedInvestigation()).count();
            long remedied = decided.stream().filter(PastCase::remediedByAuthority).count();
            long outcomes = 0;
            long complied = 0;
            for (PastCase o : ombudsman) {
                List<PastRecommendation> recs = o.recommendations();
                if (recs.isEmpty() || recs.stream().anyMatch(r -> r.compliance() == null)) {
                    continue;
                }
                LocalDate last = recs.stream().map(PastRecommendation::complianceRecordedOn)
                        .max(LocalDate::compareTo).orElseThrow();
                if (in(last, year)) {
                    outcomes++;
                    if (recs.stream().allMatch(r -> r.compliance() != Compliance.NOT_COMPLIED)) {
                        complied++;
                    }
                }
            }
            return new long[][] {{upheld, investigated}, {complied, outcomes}, {remedied, upheld}};
        }

        List<ReportTable> tables19To22() {
            List<ReportTable> tables = new ArrayList<>();
            int number = 19;
            for (Directorate d : directorates) {
                List<PastCase> decided = ombudsman.stream().filter(o -> o.directorateId() == d.id()
                        && in(o.decidedOn(), YEAR)).toList();
                List<ReportRow> rows = new ArrayList<>();
                long[] total = new long[5];
                List<Long> serviceIds = new ArrayList<>(services.stream().filter(s -> s.directorateId() == d.id())
                        .map(CouncilService::id).toList());
                if (decided.stream().anyMatch(o -> o.serviceId() == null)) {
                    serviceIds.add(null);
                }
                for (Long id : serviceIds) {
                    List<PastCase> here = decided.stream().filter(o -> java.util.Objects.equals(o.serviceId(), id))
                            .toList();
                    long[] v = {here.stream().filter(o -> o.decision() == OmbudsmanDecision.UPHELD).count(),
                            here.stream().filter(o -> o.decision() == OmbudsmanDecision.NOT_UPHELD).count(),
                            here.stream().filter(o -> o.councilView() != null && o.councilView().closed()).count(),
                            here.stream().filter(o -> o.councilView() == CouncilView.PREMATURE).count(), 0};
                    v[4] = v[0] + v[1] + v[2] + v[3];
                    for (int k = 0; k < 5; k++) {
                        total[k] += v[k];
                    }
                    String label = id == null ? "Directorate-wide" : services.stream().filter(s -> s.id() == id)
                            .findFirst().orElseThrow().name();
                    rows.add(row(label, v[0], v[1], v[2], v[3], v[4]));
                }
                rows.add(row("Total", total[0], total[1], total[2], total[3], total[4]));
                tables.add(table("table-" + number++, List.of("Upheld", "Not upheld",
                        "Closed: out of jurisdiction, no further action or withdrawn", "Premature", "Total"), rows));
            }
            return tables;
        }

        ReportTable table(String id, List<String> columns, List<ReportRow> rows) {
            return new ReportTable(id, id, columns, rows, null);
        }

        ReportTable tagged() {
            List<ReportRow> rows = new ArrayList<>();
            long[] total = new long[2];
            for (FeedbackType type : FeedbackType.values()) {
                long now = count(received(type, YEAR).and(this::covid));
                long before = count(received(type, YEAR - 1).and(this::covid));
                rows.add(row(type.label(), now, before, now - before, pct(now - before, before)));
                total[0] += now;
                total[1] += before;
            }
            rows.add(row("Total", total[0], total[1], total[0] - total[1], pct(total[0] - total[1], total[1])));
            return table("tagged-feedback", List.of(y, p, "Difference", "% difference"), rows);
        }

        boolean covid(HistoricCase c) {
            return c.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals("covid"));
        }

        long stage2Requests(Directorate d, int year) {
            return all.stream().filter(c -> c.type() == FeedbackType.COMPLAINT && c.directorateId() == d.id())
                    .flatMap(c -> c.stages().stream()).filter(s -> s.number() == 2 && in(s.receivedOn(), year))
                    .count();
        }

        LocalDate stage1Closed(HistoricCase c) {
            HistoricStage one = c.stages().get(0);
            return one.respondedOn() != null ? one.respondedOn() : c.closedOn();
        }

        ReportTable table4() {
            List<FeedbackType> types = List.of(FeedbackType.COMMENT, FeedbackType.COMPLAINT, FeedbackType.COMPLIMENT);
            List<ReportRow> rows = new ArrayList<>();
            for (Directorate d : directorates) {
                rows.add(row(d.name(), withSum(types.stream().map(ty -> count(c -> c.type() == ty
                        && c.directorateId() == d.id() && in(stage1Closed(c), YEAR))).toList())));
            }
            List<Long> now = withSum(types.stream().map(ty -> count(c -> c.type() == ty
                    && in(stage1Closed(c), YEAR))).toList());
            List<Long> before = withSum(types.stream().map(ty -> count(c -> c.type() == ty
                    && in(stage1Closed(c), YEAR - 1))).toList());
            List<ReportRow> compared = compare(now, before);
            rows.add(row("Total for " + y, now));
            rows.add(row("Total for " + p, before));
            rows.add(compared.get(2));
            rows.add(compared.get(3));
            return table("table-4", List.of("Comment", "Complaint", "Compliment", "Total"), rows);
        }

        ReportTable outcomes(String id, int stage) {
            List<ReportRow> rows = new ArrayList<>();
            for (int year : new int[] {YEAR, YEAR - 1}) {
                List<Long> n = withSum(Arrays.stream(Outcome.values()).map(o -> all.stream()
                        .filter(c -> c.type() == FeedbackType.COMPLAINT).flatMap(c -> c.stages().stream())
                        .filter(s -> s.number() == stage && s.outcome() == o && in(s.respondedOn(), year))
                        .count()).toList());
                long total = n.get(n.size() - 1);
                String name = year == YEAR ? y : p;
                rows.add(row(name, n));
                rows.add(row(name + " (%)", n.stream().map(v -> pct(v, total)).toList()));
            }
            List<String> columns = new ArrayList<>(Arrays.stream(Outcome.values()).map(Outcome::label).toList());
            columns.add("Total");
            return table(id, columns, rows);
        }

        ReportTable table8() {
            List<ReportRow> rows = new ArrayList<>();
            for (int year : new int[] {YEAR, YEAR - 1}) {
                List<Long> n = withSum(top().stream().map(r -> count(received(FeedbackType.COMPLAINT, year)
                        .and(c -> tops(c).contains(r.key())))).toList());
                long total = n.get(n.size() - 1);
                String name = year == YEAR ? y : p;
                rows.add(row(name, n));
                rows.add(row(name + " (%)", n.stream().map(v -> pct(v, total)).toList()));
            }
            return table("table-8", plusTotal(top().stream().map(ComplaintReason::name).toList()), rows);
        }

        boolean upheldIn(HistoricCase c, int year) {
            return c.type() == FeedbackType.COMPLAINT && c.stages().stream()
                    .anyMatch(s -> s.outcome() == Outcome.UPHELD && in(s.respondedOn(), year));
        }

        ReportTable upheld(String id, List<String> keys, boolean topLevel, String shareColumn) {
            long[][] cells = new long[keys.size()][directorates.size()];
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                for (int d = 0; d < directorates.size(); d++) {
                    long dir = directorates.get(d).id();
                    cells[k][d] = count(c -> upheldIn(c, YEAR) && c.directorateId() == dir
                            && (topLevel ? tops(c).contains(key) : c.reasons().contains(key)));
                }
            }
            long grand = Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
            List<ReportRow> rows = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                List<Number> values = new ArrayList<>(withSum(Arrays.stream(cells[k]).boxed().toList()));
                values.add(pct(Arrays.stream(cells[k]).sum(), grand));
                rows.add(row(reasons.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().name(),
                        values));
            }
            List<Long> perDir = new ArrayList<>();
            for (int d = 0; d < directorates.size(); d++) {
                int col = d;
                perDir.add(Arrays.stream(cells).mapToLong(r -> r[col]).sum());
            }
            List<Number> totals = new ArrayList<>(withSum(perDir));
            totals.add(null);
            rows.add(row("Total", totals));
            List<Number> shares = new ArrayList<>(perDir.stream().map(v -> pct(v, grand)).toList());
            shares.add(null);
            shares.add(null);
            rows.add(row("%", shares));
            List<String> columns = plusTotal(dirNames());
            columns.add(shareColumn);
            return table(id, columns, rows);
        }

        ReportTable timeliness() {
            List<HistoricStage> answered = all.stream().filter(c -> c.type() == FeedbackType.COMPLAINT)
                    .map(c -> c.stages().get(0)).filter(s -> s.respondedOn() != null).toList();
            List<ReportRow> rows = new ArrayList<>();
            String[] names = {"Quarter 1 (April to June)", "Quarter 2 (July to September)",
                    "Quarter 3 (October to December)", "Quarter 4 (January to March)"};
            for (int q = 0; q < 4; q++) {
                LocalDate from = LocalDate.of(YEAR, 4, 1).plusMonths(3L * q);
                LocalDate to = from.plusMonths(3).minusDays(1);
                rows.add(timelinessRow(names[q], answered.stream()
                        .filter(s -> !s.respondedOn().isBefore(from) && !s.respondedOn().isAfter(to)).toList()));
            }
            rows.add(timelinessRow(y, answered.stream().filter(s -> in(s.respondedOn(), YEAR)).toList()));
            rows.add(timelinessRow(p, answered.stream().filter(s -> in(s.respondedOn(), YEAR - 1)).toList()));
            return table("timeliness", List.of("Responses", "On time", "% on time", "Standard (%)",
                    "Points above or below the standard", "Responses whose clock was suspended"), rows);
        }

        ReportRow timelinessRow(String label, List<HistoricStage> stages) {
            long onTime = stages.stream().filter(s -> !s.respondedOn().isAfter(s.responseDue())).count();
            long suspended = stages.stream().filter(s -> s.suspendedWorkingDays() > 0).count();
            Integer share = pct(onTime, stages.size());
            return row(label, (long) stages.size(), onTime, share, 85, share == null ? null : share - 85, suspended);
        }

        long delays(String key, int year, Long directorate) {
            return all.stream().filter(c -> c.type() == FeedbackType.COMPLAINT
                            && (directorate == null || c.directorateId() == directorate))
                    .flatMap(c -> c.stages().stream())
                    .filter(s -> key.equals(s.delayReason()) && in(s.respondedOn(), year)).count();
        }

        ReportTable table11() {
            List<ReportRow> rows = new ArrayList<>();
            long now = 0;
            long before = 0;
            for (DelayReason r : delayReasons) {
                long a = delays(r.key(), YEAR, null);
                long b = delays(r.key(), YEAR - 1, null);
                rows.add(row(r.name(), a, b, a - b, pct(a - b, b)));
                now += a;
                before += b;
            }
            rows.add(row("Total", now, before, now - before, pct(now - before, before)));
            return table("table-11", List.of(y, p, "Difference", "% difference"), rows);
        }

        List<DelayReason> topDelays(Long directorate, int how) {
            return delayReasons.stream()
                    .filter(r -> delays(r.key(), YEAR, directorate) + delays(r.key(), YEAR - 1, directorate) > 0)
                    .sorted(Comparator.comparingLong(r -> -delays(r.key(), YEAR, directorate)))
                    .limit(how).toList();
        }

        ReportTable table12() {
            List<DelayReason> top = topDelays(null, 5);
            long complaints = count(received(FeedbackType.COMPLAINT, YEAR));
            return table("table-12", top.stream().map(DelayReason::name).toList(), List.of(
                    row(y, top.stream().map(r -> delays(r.key(), YEAR, null)).toList()),
                    row(p, top.stream().map(r -> delays(r.key(), YEAR - 1, null)).toList()),
                    row("% of complaints received in " + y, top.stream()
                            .map(r -> pct(delays(r.key(), YEAR, null), complaints)).toList())));
        }

        ReportTable table13() {
            List<ReportRow> rows = new ArrayList<>();
            for (Directorate d : directorates) {
                long complaints = count(received(FeedbackType.COMPLAINT, YEAR).and(c -> c.directorateId() == d.id()));
                for (DelayReason r : topDelays(d.id(), 3)) {
                    long a = delays(r.key(), YEAR, d.id());
                    rows.add(new ReportRow(r.name(), ReportRow.COUNT, d.name(),
                            Arrays.asList(a, delays(r.key(), YEAR - 1, d.id()), pct(a, complaints))));
                }
            }
            return table("table-13", List.of(y, p, "% of the directorate's complaints received in " + y), rows);
        }

        ReportTable table14() {
            Set<FeedbackType> counted = Set.of(FeedbackType.COMPLAINT, FeedbackType.COMMENT, FeedbackType.COMPLIMENT,
                    FeedbackType.INFORMAL_CONCERN);
            List<ReportRow> rows = new ArrayList<>();
            for (int year : new int[] {YEAR, YEAR - 1}) {
                List<Long> n = withSum(Arrays.stream(Channel.values()).map(ch -> count(c -> counted.contains(c.type())
                        && c.channel() == ch && in(c.receivedOn(), year))).toList());
                long total = n.get(n.size() - 1);
                String name = year == YEAR ? y : p;
                rows.add(row(name + " (%)", n.stream().map(v -> pct(v, total)).toList()));
                rows.add(row(name, n));
            }
            return table("table-14", plusTotal(Arrays.stream(Channel.values()).map(Channel::label).toList()), rows);
        }

        Stream<Map.Entry<HistoricCase, HistoricPayment>> payments() {
            return all.stream().flatMap(c -> c.payments().stream().map(pay -> Map.entry(c, pay)));
        }

        BigDecimal paid(long directorate, int year, PaymentSource source) {
            return payments().filter(e -> in(e.getValue().paidOn(), year)
                            && Objects.requireNonNullElse(e.getValue().directorateId(), e.getKey().directorateId())
                                    == directorate
                            && (source == null || e.getValue().source() == source))
                    .map(e -> e.getValue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        ReportTable table15() {
            List<ReportRow> rows = new ArrayList<>();
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Directorate d : directorates) {
                BigDecimal[] v = {paid(d.id(), YEAR, PaymentSource.LOCAL_RESOLUTION),
                        paid(d.id(), YEAR, PaymentSource.OMBUDSMAN), paid(d.id(), YEAR, null),
                        paid(d.id(), YEAR - 1, null)};
                rows.add(moneyRow(d.name(), v));
                for (int i = 0; i < 4; i++) {
                    sums[i] = sums[i].add(v[i]);
                }
            }
            rows.add(moneyRow("Total", sums));
            return table("table-15", List.of("Local resolution " + y, "After Ombudsman decisions " + y, "Total " + y,
                    "Total " + p, "Difference", "% difference"), rows);
        }

        ReportRow moneyRow(String label, BigDecimal[] v) {
            Integer change = v[3].signum() == 0 ? null
                    : pct(v[2].subtract(v[3]).movePointRight(2).longValueExact(), v[3].movePointRight(2).longValueExact());
            return row(label, v[0], v[1], v[2], v[3], v[2].subtract(v[3]), change);
        }

        ReportTable compensationByReason() {
            Map<String, BigDecimal> byReason = new LinkedHashMap<>();
            payments().filter(e -> in(e.getValue().paidOn(), YEAR)).forEach(e -> {
                Set<String> keys = tops(e.getKey());
                if (keys.isEmpty()) {
                    byReason.merge("", e.getValue().amount(), BigDecimal::add);
                }
                keys.forEach(k -> byReason.merge(k, e.getValue().amount(), BigDecimal::add));
            });
            List<ReportRow> rows = new ArrayList<>();
            for (ComplaintReason r : top()) {
                if (byReason.containsKey(r.key())) {
                    rows.add(row(r.name(), byReason.get(r.key())));
                }
            }
            if (byReason.containsKey("")) {
                rows.add(row("No reason recorded", byReason.get("")));
            }
            return table("compensation-by-reason", List.of(y), rows);
        }

        ReportTable table23() {
            Map<RemedyKind, Long> counts = new LinkedHashMap<>();
            for (HistoricCase c : all) {
                for (HistoricRemedy r : c.remedies()) {
                    if (r.stage() == 1 && in(c.stages().get(0).respondedOn(), YEAR)) {
                        counts.merge(r.kind(), 1L, Long::sum);
                    }
                }
            }
            List<ReportRow> rows = counts.entrySet().stream().filter(e -> e.getValue() > THRESHOLD)
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(RemedyKind::label)))
                    .map(e -> row(e.getKey().label(), e.getValue())).toList();
            return table("table-23", List.of("Stage 1"), rows);
        }

        List<ReportTable> appendix() {
            List<ReportTable> tables = new ArrayList<>();
            for (Directorate d : directorates) {
                String slug = d.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                List<ReportRow> feedback = new ArrayList<>();
                for (int year : new int[] {YEAR, YEAR - 1, YEAR - 2}) {
                    feedback.add(row(year + "/" + (year + 1) % 100, Stream.of(FeedbackType.COMPLAINT,
                            FeedbackType.COMMENT, FeedbackType.COMPLIMENT).map(ty -> count(received(ty, year)
                                    .and(c -> c.directorateId() == d.id()))).toList()));
                }
                tables.add(table("appendix-a-" + slug + "-feedback",
                        List.of("Complaints (stage 1)", "Comments", "Compliments"), feedback));
                List<ReportRow> rows = new ArrayList<>();
                long[] total = new long[3];
                for (CouncilService s : services.stream().filter(s -> s.directorateId() == d.id())
                        .sorted(Comparator.comparing(CouncilService::name)).toList()) {
                    List<Long> n = new ArrayList<>();
                    for (int year : new int[] {YEAR - 2, YEAR - 1, YEAR}) {
                        n.add(count(received(FeedbackType.COMPLAINT, year).and(c -> c.serviceId() == s.id())));
                    }
                    for (int i = 0; i < 3; i++) {
                        total[i] += n.get(i);
                    }
                    rows.add(row(s.name(), n));
                }
                rows.add(row("Total complaints", total[0], total[1], total[2]));
                tables.add(table("appendix-a-" + slug + "-services", List.of("2018/19", "2019/20", "2020/21"), rows));
            }
            return tables;
        }
    }
}
