package org.redress.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.redress.demo.SeedFigures.Dir;
import org.redress.demo.SeedFigures.Svc;
import org.redress.ombudsman.Compliance;
import org.redress.ombudsman.CouncilView;
import org.redress.ombudsman.OmbudsmanCategory;
import org.redress.ombudsman.OmbudsmanDecision;
import org.redress.ombudsman.OmbudsmanHistory.PastCase;
import org.redress.ombudsman.OmbudsmanHistory.PastRecommendation;
import org.redress.ombudsman.RecommendationType;

/**
 * Three years of the demo council's Ombudsman cases, so that its annual report's tables 17 to 22 and the
 * Ombudsman pages show the seed report's figures: received by category as table 17, decisions as table 18, and in
 * 2020/21 the upheld and not upheld investigations by directorate of tables 19 to 22 and 5 of 40 upheld cases put
 * right by the council before the Ombudsman looked (§9.6).
 *
 * <p>Cases are decided in the order they arrived, so every year's decisions are drawn from what was still open. The
 * seed's tables 19 to 22 add up to fewer decisions than table 18 (111 against 152); here every decision that was
 * not an investigation is classed by the council (referred back as premature, the rest as closed), so the
 * per-directorate tables add up to table 18 exactly.
 */
final class DemoOmbudsman {

    private static final OmbudsmanCategory[] CATEGORIES = OmbudsmanCategory.values();
    private static final OmbudsmanDecision[] DECISION_ORDER = {OmbudsmanDecision.UPHELD, OmbudsmanDecision.NOT_UPHELD,
            OmbudsmanDecision.ADVICE_GIVEN, OmbudsmanDecision.CLOSED_AFTER_INITIAL_ENQUIRIES,
            OmbudsmanDecision.INCOMPLETE_OR_INVALID, OmbudsmanDecision.REFERRED_BACK};

    /** Decision summaries from the seed report's examples, with the people as letters. */
    private static final String PUBLIC_REPORT = """
            Mrs B complains about the way the Council responded when her daughter, child C, disclosed abuse: it \
            delayed in offering C support, incorrectly considered referring Mrs B to the Local Authority Designated \
            Officer and failed to provide Mrs B with appropriate support. Fault found causing injustice. The Council \
            should pay C £1,000, pay Mrs B £1,000 for distress and £150 for her time and trouble, remind staff when \
            the statutory complaints process applies, and audit 50 cases closed in similar circumstances.""";
    private static final String NOT_UPHELD_CHILDREN = """
            Mr C complains the Council failed to offer his son, E, an assessment from the Disabled Children's \
            Service. There is no evidence of fault in the Council refusing to assess E for that service as he has \
            no diagnosis of a disability; it offered an Early Help assessment instead.""";
    private static final String NOT_UPHELD_ADULTS = """
            Ms E, for her mother Mrs D, complains the Council refused a deferred payment arrangement to pay nursing \
            home fees and disregarded evidence in its needs assessment. The Council followed the law and its \
            policy and considered the evidence; no fault.""";

    private record Draft(OmbudsmanCategory category, Dir dir, LocalDate receivedOn) {
    }

    private final Map<Svc, Long> services;
    private final Map<Dir, Long> directorates;
    private final Random random = new Random(DemoHistory.SEED + 2);
    private final Set<String> references = new HashSet<>();

    DemoOmbudsman(Map<Dir, Long> directorates, Map<Svc, Long> services) {
        this.directorates = directorates;
        this.services = services;
    }

    List<PastCase> generate() {
        List<Draft> received = new ArrayList<>();
        for (int year = 0; year < SeedFigures.YEARS; year++) {
            List<Draft> drafts = new ArrayList<>();
            for (int c = 0; c < CATEGORIES.length; c++) {
                for (int i = 0; i < SeedFigures.OMBUDSMAN_RECEIVED[year][c]; i++) {
                    drafts.add(new Draft(CATEGORIES[c], directorate(CATEGORIES[c]),
                            between(SeedFigures.yearStart(year), SeedFigures.yearEnd(year))));
                }
            }
            drafts.sort((a, b) -> a.receivedOn().compareTo(b.receivedOn()));
            received.addAll(drafts);
        }

        List<PastCase> cases = new ArrayList<>();
        int next = 0;
        for (int year = 0; year < SeedFigures.YEARS; year++) {
            int decided = 0;
            for (int n : SeedFigures.OMBUDSMAN_DECIDED[year]) {
                decided += n;
            }
            List<Draft> batch = received.subList(next, next + decided);
            next += decided;
            List<OmbudsmanDecision> decisions = decisions(year, batch);
            List<Integer> upheld = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (decisions.get(i) == OmbudsmanDecision.UPHELD) {
                    upheld.add(i);
                }
            }
            Collections.shuffle(upheld, random);
            Set<Integer> remedied = new HashSet<>(upheld.subList(0, SeedFigures.OMBUDSMAN_REMEDIED[year]));
            List<LocalDate> dates = decisionDates(year, batch);
            boolean publicReportGiven = false;
            boolean childrenExample = false;
            boolean adultsExample = false;
            for (int i = 0; i < batch.size(); i++) {
                Draft d = batch.get(i);
                OmbudsmanDecision decision = decisions.get(i);
                String summary = null;
                boolean publicReport = false;
                boolean lastYear = year == SeedFigures.YEARS - 1;
                if (lastYear && !publicReportGiven && decision == OmbudsmanDecision.UPHELD && d.dir() == Dir.CYPE
                        && !remedied.contains(i)) {
                    publicReport = true;
                    publicReportGiven = true;
                    summary = PUBLIC_REPORT;
                } else if (lastYear && !childrenExample && decision == OmbudsmanDecision.NOT_UPHELD && d.dir() == Dir.CYPE) {
                    childrenExample = true;
                    summary = NOT_UPHELD_CHILDREN;
                } else if (lastYear && !adultsExample && decision == OmbudsmanDecision.NOT_UPHELD && d.dir() == Dir.ASCH) {
                    adultsExample = true;
                    summary = NOT_UPHELD_ADULTS;
                }
                boolean putRight = remedied.contains(i);
                List<PastRecommendation> recommendations = decision == OmbudsmanDecision.UPHELD && !putRight
                        ? recommendations(dates.get(i)) : List.of();
                cases.add(new PastCase(reference(d.receivedOn()), null, d.category(), directorates.get(d.dir()),
                        service(d), d.receivedOn(), dates.get(i), decision, view(decision), putRight, publicReport,
                        summary, recommendations));
            }
        }
        // What was still open at the end of 2020/21 was decided in the spring of 2021.
        for (Draft d : received.subList(next, received.size())) {
            LocalDate decidedOn = d.receivedOn().plusDays(40 + random.nextInt(40));
            cases.add(new PastCase(reference(d.receivedOn()), null, d.category(), directorates.get(d.dir()), service(d),
                    d.receivedOn(), decidedOn, OmbudsmanDecision.CLOSED_AFTER_INITIAL_ENQUIRIES,
                    CouncilView.CLOSED_NO_FURTHER_ACTION, false, false, null, List.of()));
        }
        return cases;
    }

    /**
     * The year's decisions for the cases decided in it, in table 18's numbers; in 2020/21 the investigations go to
     * the directorates of tables 19 to 22.
     */
    private List<OmbudsmanDecision> decisions(int year, List<Draft> batch) {
        OmbudsmanDecision[] chosen = new OmbudsmanDecision[batch.size()];
        int[] left = SeedFigures.OMBUDSMAN_DECIDED[year].clone();
        if (year == SeedFigures.YEARS - 1) {
            for (Map.Entry<Dir, int[]> e : SeedFigures.OMBUDSMAN_INVESTIGATED_2020.entrySet()) {
                for (int k = 0; k < 2; k++) {
                    int wanted = e.getValue()[k];
                    for (int i = 0; i < batch.size() && wanted > 0; i++) {
                        if (chosen[i] == null && batch.get(i).dir() == e.getKey()) {
                            chosen[i] = DECISION_ORDER[k];
                            wanted--;
                            left[k]--;
                        }
                    }
                    if (wanted > 0) {
                        throw new IllegalStateException("Too few " + e.getKey() + " Ombudsman cases decided in 2020/21");
                    }
                }
            }
        }
        List<OmbudsmanDecision> pool = new ArrayList<>();
        for (int k = 0; k < DECISION_ORDER.length; k++) {
            for (int n = 0; n < left[k]; n++) {
                pool.add(DECISION_ORDER[k]);
            }
        }
        Collections.shuffle(pool, random);
        int p = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] == null) {
                chosen[i] = pool.get(p++);
            }
        }
        return List.of(chosen);
    }

    /** Dates in the year, in the order of receipt, none before its case arrived. */
    private List<LocalDate> decisionDates(int year, List<Draft> batch) {
        LocalDate start = SeedFigures.yearStart(year);
        LocalDate end = SeedFigures.yearEnd(year);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            dates.add(between(start, end));
        }
        Collections.sort(dates);
        List<LocalDate> result = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            LocalDate earliest = batch.get(i).receivedOn().plusDays(14);
            LocalDate date = dates.get(i).isBefore(earliest) ? earliest : dates.get(i);
            result.add(date.isAfter(end) ? end : date);
        }
        return result;
    }

    private List<PastRecommendation> recommendations(LocalDate decidedOn) {
        List<PastRecommendation> result = new ArrayList<>();
        result.add(done(RecommendationType.APOLOGY, "Apologise in writing for the faults found", decidedOn, 20));
        RecommendationType second = List.of(RecommendationType.PROCEDURE_CHANGE, RecommendationType.STAFF_TRAINING,
                RecommendationType.SERVICE_IMPROVEMENT, RecommendationType.AUDIT_OF_SIMILAR_CASES)
                .get(random.nextInt(4));
        if (random.nextInt(3) > 0) {
            result.add(done(second, "Act on the learning from this complaint and send evidence", decidedOn, 60));
        }
        return result;
    }

    private PastRecommendation done(RecommendationType type, String description, LocalDate decidedOn, int days) {
        LocalDate due = decidedOn.plusDays(days);
        boolean late = random.nextInt(25) == 0;
        LocalDate doneOn = late ? due.plusDays(3 + random.nextInt(10)) : due.minusDays(random.nextInt(days / 2));
        return new PastRecommendation(type, description, null, due, doneOn,
                late ? Compliance.COMPLIED_LATE : Compliance.COMPLIED, doneOn.plusDays(7 + random.nextInt(21)));
    }

    private CouncilView view(OmbudsmanDecision decision) {
        return switch (decision) {
            case UPHELD, NOT_UPHELD -> null;
            case REFERRED_BACK -> CouncilView.PREMATURE;
            case INCOMPLETE_OR_INVALID, ADVICE_GIVEN -> CouncilView.CLOSED_NO_FURTHER_ACTION;
            case CLOSED_AFTER_INITIAL_ENQUIRIES -> switch (random.nextInt(10)) {
                case 0 -> CouncilView.CLOSED_WITHDRAWN;
                case 1, 2, 3 -> CouncilView.CLOSED_OUT_OF_JURISDICTION;
                default -> CouncilView.CLOSED_NO_FURTHER_ACTION;
            };
        };
    }

    private static Dir directorate(OmbudsmanCategory category) {
        return switch (category) {
            case ADULT_CARE_SERVICES -> Dir.ASCH;
            case EDUCATION_AND_CHILDRENS_SERVICES -> Dir.CYPE;
            case ENVIRONMENTAL_SERVICES, HIGHWAYS_AND_TRANSPORT, PLANNING_AND_DEVELOPMENT -> Dir.GET;
            case BENEFITS_AND_TAX, CORPORATE_AND_OTHER_SERVICES, HOUSING, OTHER -> Dir.SCS;
        };
    }

    /** The service answering, or null (one in ten) for a matter of the whole directorate. */
    private Long service(Draft d) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        Svc svc = switch (d.category()) {
            case ADULT_CARE_SERVICES -> Svc.ADULTS;
            case EDUCATION_AND_CHILDRENS_SERVICES -> random.nextInt(3) == 0 ? Svc.EDUCATION : Svc.CHILDRENS_SOCIAL_WORK;
            case HIGHWAYS_AND_TRANSPORT -> Svc.HIGHWAYS;
            case ENVIRONMENTAL_SERVICES, PLANNING_AND_DEVELOPMENT -> Svc.ENVIRONMENT;
            case BENEFITS_AND_TAX -> Svc.FINANCE;
            case HOUSING -> Svc.PROPERTY;
            case CORPORATE_AND_OTHER_SERVICES, OTHER -> Svc.GATEWAYS;
        };
        return services.get(svc);
    }

    /** The Ombudsman's style of reference: two digits of the year received, then six ("20 004 117"). */
    private String reference(LocalDate receivedOn) {
        String reference;
        do {
            reference = String.format("%02d %03d %03d", receivedOn.getYear() % 100, random.nextInt(25),
                    random.nextInt(1000));
        } while (!references.add(reference));
        return reference;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }
}
