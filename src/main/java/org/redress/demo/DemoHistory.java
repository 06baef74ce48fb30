package org.redress.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.redress.casework.CaseStatus;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentKind;
import org.redress.casework.PaymentSource;
import org.redress.casework.RemedyKind;
import org.redress.demo.SeedFigures.Dir;
import org.redress.demo.SeedFigures.Money;
import org.redress.demo.SeedFigures.Svc;
import org.redress.demo.SeedFigures.Weighted;
import org.redress.procedure.StageClock;

/**
 * Generates the demo council's three years of finished feedback. Counts per directorate, service and type are exact
 * (split by largest remainder where the report gives only a total); dates, channels, outcomes, reasons and lateness
 * are drawn at the report's rates from one fixed seed, so every run gives the same cases. Due dates come from the
 * council's procedures, so weekends and bank holidays fall where they did.
 */
final class DemoHistory {

    static final long SEED = 20210331L;

    /** The due dates a stage gets when it starts: the procedure module's answer. */
    interface DueDates {
        StageClock start(String procedureCode, int stage, LocalDate startedOn);
    }

    /**
     * Where the cases go and who handled them.
     *
     * @param handlers per service, the officer whose scope covers it, else the feedback team
     * @param feedbackTeam handles stage 2 (a different pair of eyes from stage 1)
     */
    record Places(Map<Svc, Long> services, Map<Svc, String> procedures, String defaultProcedure,
            Map<Svc, Long> handlers, long feedbackTeam) {
    }

    /** Month weights, April first: 2020/21 starts quiet in lockdown and grows from September (§3.5, §4.3). */
    private static final double[][] MONTHS = {
            {1.0, 1.0, 1.0, 1.05, 1.0, 1.0, 1.05, 1.0, 0.8, 1.1, 1.0, 1.0},
            {1.0, 1.0, 1.0, 1.05, 1.0, 1.0, 1.05, 1.0, 0.8, 1.1, 1.0, 0.9},
            {0.55, 0.65, 0.85, 1.0, 1.05, 1.3, 1.3, 1.25, 1.0, 1.0, 1.0, 1.05}};

    /** Share of stage 1 complaints answered late per quarter: 2020/21's third quarter dipped to 78% (§4.2). */
    private static final double[][] LATE_BY_QUARTER = {{0.15, 0.15, 0.15, 0.15}, {0.15, 0.15, 0.15, 0.15},
            {0.16, 0.17, 0.22, 0.17}};

    private static final Channel[] TABLE_14_CHANNELS = {Channel.PHONE, Channel.LETTER, Channel.EMAIL,
            Channel.FACE_TO_FACE, Channel.ONLINE, Channel.VIA_MEMBER, Channel.OTHER};

    private final Random random = new Random(SEED);
    private final Places places;
    private final DueDates dueDates;
    private final Map<Key, StageClock> clocks = new HashMap<>();

    private record Key(String procedure, int stage, LocalDate on) {
    }

    DemoHistory(Places places, DueDates dueDates) {
        this.places = places;
        this.dueDates = dueDates;
    }

    /** All three years, in the order received. */
    List<HistoricCase> generate() {
        List<Draft> all = new ArrayList<>();
        for (int year = 0; year < SeedFigures.YEARS; year++) {
            List<Draft> cases = new ArrayList<>();
            for (Svc s : Svc.values()) {
                for (int i = 0; i < s.complaints[year]; i++) {
                    cases.add(complaint(s, year));
                }
            }
            for (Dir d : Dir.values()) {
                Map<Svc, Integer> comments = splitByComplaints(d.comments[year], year, d);
                Map<Svc, Integer> compliments = splitByComplaints(d.compliments[year], year, d);
                for (Svc s : Svc.values()) {
                    for (int i = 0; i < comments.getOrDefault(s, 0); i++) {
                        cases.add(acknowledgedAndClosed(FeedbackType.COMMENT, s, year));
                    }
                    for (int i = 0; i < compliments.getOrDefault(s, 0); i++) {
                        cases.add(acknowledgedAndClosed(FeedbackType.COMPLIMENT, s, year));
                    }
                }
            }
            addAnswered(cases, FeedbackType.MEMBER_ENQUIRY, splitByComplaints(SeedFigures.MEMBER_ENQUIRIES[year],
                    year, null), year);
            addAnswered(cases, FeedbackType.INFORMAL_CONCERN, splitByComplaints(SeedFigures.INFORMAL_CONCERNS[year],
                    year, null), year);
            addAnswered(cases, FeedbackType.REPRESENTATION,
                    Map.of(Svc.CHILDRENS_SOCIAL_WORK, SeedFigures.REPRESENTATIONS[year]), year);
            int enquiries = SeedFigures.ENQUIRIES[year];
            int library = (int) Math.round(enquiries * SeedFigures.LIBRARY_SHARE_OF_ENQUIRIES);
            Map<Svc, Integer> enquiriesBy = splitByComplaints(enquiries - library, year, null);
            enquiriesBy.merge(Svc.LIBRARIES, library, Integer::sum);
            addAnswered(cases, FeedbackType.ENQUIRY, enquiriesBy, year);

            for (Dir d : Dir.values()) {
                escalate(cases, d, year);
            }
            remedies(cases, year);
            all.addAll(cases);
            payments(cases, all, year);
            if (year == 2) {
                tagCovid(cases);
            }
        }
        all.sort((a, b) -> a.receivedOn.compareTo(b.receivedOn)); // stable: same-day cases keep their order
        return all.stream().map(Draft::toCase).toList();
    }

    // ---- kinds of feedback -----------------------------------------------------------------------------------------

    private Draft complaint(Svc s, int year) {
        Channel channel = tableChannel(year);
        Draft c = draft(FeedbackType.COMPLAINT, s, channel, receivedOn(year, channel));
        c.reasons.addAll(reasons(c.receivedOn));
        StageDraft st = c.stages.get(0);
        double[] weights = new double[] {0, 0, 0, 0};
        int[] outcomes = SeedFigures.STAGE1_OUTCOMES[year];
        for (int i = 0; i < 4; i++) {
            weights[i] = outcomes[i];
        }
        if (random.nextDouble() < 0.01) {
            if (random.nextDouble() < 0.8) {
                st.acknowledgedOn = acknowledged(st);
            }
            c.status = CaseStatus.WITHDRAWN;
            c.closedOn = weekday(c.receivedOn.plusDays(2 + random.nextInt(14)), true);
            if (st.acknowledgedOn != null && c.closedOn.isBefore(st.acknowledgedOn)) {
                c.closedOn = st.acknowledgedOn;
            }
            return c;
        }
        Outcome outcome = Outcome.values()[pickIndex(weights)];
        if (outcome == Outcome.RESOLVED_UPON_RECEIPT) {
            st.respondedOn = random.nextBoolean() ? c.receivedOn : weekday(c.receivedOn.plusDays(1), false);
            st.outcome = outcome;
            c.status = CaseStatus.CLOSED;
            c.closedOn = st.respondedOn;
            return c;
        }
        st.acknowledgedOn = acknowledged(st);
        boolean late = random.nextDouble() < LATE_BY_QUARTER[year][quarter(c.receivedOn)];
        respond(c, st, late);
        st.outcome = outcome;
        c.status = CaseStatus.CLOSED;
        c.closedOn = st.respondedOn.plusDays(random.nextInt(3));
        return c;
    }

    private Draft acknowledgedAndClosed(FeedbackType type, Svc s, int year) {
        Channel channel = tableChannel(year);
        Draft c = draft(type, s, channel, receivedOn(year, channel));
        StageDraft st = c.stages.get(0);
        st.acknowledgedOn = acknowledged(st);
        c.status = CaseStatus.CLOSED;
        c.closedOn = st.acknowledgedOn;
        return c;
    }

    private void addAnswered(List<Draft> cases, FeedbackType type, Map<Svc, Integer> counts, int year) {
        for (Svc s : Svc.values()) {
            for (int i = 0; i < counts.getOrDefault(s, 0); i++) {
                Channel channel = switch (type) {
                    case MEMBER_ENQUIRY -> Channel.VIA_MEMBER;
                    case ENQUIRY -> pick(List.of(new Weighted<>(Channel.ONLINE, 55), new Weighted<>(Channel.EMAIL, 35),
                            new Weighted<>(Channel.PHONE, 10)));
                    case REPRESENTATION -> random.nextBoolean() ? Channel.LETTER : Channel.EMAIL;
                    default -> tableChannel(year);
                };
                Draft c = draft(type, s, channel, receivedOn(year, channel));
                StageDraft st = c.stages.get(0);
                if (type != FeedbackType.ENQUIRY) { // enquiries are simply answered
                    st.acknowledgedOn = acknowledged(st);
                }
                respond(c, st, random.nextDouble() < (type == FeedbackType.ENQUIRY ? 0.05 : 0.12));
                c.status = CaseStatus.CLOSED;
                c.closedOn = st.respondedOn;
                cases.add(c);
            }
        }
    }

    /** Table 3: exactly so many complaints of the directorate go to stage 2 within the year. */
    private void escalate(List<Draft> cases, Dir d, int year) {
        LocalDate end = SeedFigures.yearEnd(year);
        List<Draft> candidates = new ArrayList<>();
        for (Draft c : cases) {
            StageDraft first = c.stages.get(0);
            if (c.type == FeedbackType.COMPLAINT && c.service.dir == d && first.outcome != null
                    && first.outcome != Outcome.RESOLVED_UPON_RECEIPT && !first.respondedOn.isAfter(end.minusDays(25))) {
                candidates.add(c);
            }
        }
        Collections.shuffle(candidates, random);
        for (Draft c : candidates.subList(0, Math.min(d.stage2[year], candidates.size()))) {
            StageDraft first = c.stages.get(0);
            if (d == Dir.ASCH) {
                // Adults' statutory complaints have no stage 2 (the Ombudsman is it); the few escalated adults'
                // complaints of table 3 ran under the corporate procedure.
                c.procedure = places.defaultProcedure();
                StageClock clock = clock(c.procedure, 1, c.receivedOn);
                first.acknowledgementDue = clock.acknowledgementDue();
                first.responseDue = clock.responseDue();
                if (!first.respondedOn.isAfter(first.responseDue)) {
                    first.delayReason = null;
                }
            }
            LocalDate asked = weekday(first.respondedOn.plusDays(2 + random.nextInt(19)), false);
            if (asked.isAfter(end)) {
                asked = end;
            }
            StageDraft second = stage(c, 2, asked);
            second.escalationReason = "The customer was unhappy with the stage 1 response.";
            second.handlerId = places.feedbackTeam();
            second.acknowledgedOn = acknowledged(second);
            respond(c, second, random.nextDouble() < 0.12);
            int[] weights = SeedFigures.STAGE2_OUTCOMES[year];
            second.outcome = new Outcome[] {Outcome.NOT_UPHELD, Outcome.UPHELD, Outcome.PARTLY_UPHELD}[
                    pickIndex(new double[] {weights[0], weights[1], weights[2]})];
            c.stages.add(second);
            c.assignedTo = places.feedbackTeam();
            c.closedOn = second.respondedOn.plusDays(random.nextInt(3));
        }
    }

    /** Table 23 at 2020/21's numbers; other years in proportion to their upheld and partly upheld complaints. */
    private void remedies(List<Draft> cases, int year) {
        List<Draft> upheld = upheldAtStage1(cases);
        int upheld2020 = SeedFigures.STAGE1_OUTCOMES[2][1] + SeedFigures.STAGE1_OUTCOMES[2][2];
        double scale = year == 2 ? 1.0 : (double) upheld.size() / upheld2020;
        for (Weighted<String> w : SeedFigures.REMEDIES_2020) {
            RemedyKind kind = RemedyKind.fromKey(w.value());
            int count = Math.min(upheld.size(), (int) Math.round(w.weight() * scale));
            Collections.shuffle(upheld, random);
            for (Draft c : upheld.subList(0, count)) {
                c.remedies.add(remedy(c, kind));
            }
        }
    }

    private HistoricRemedy remedy(Draft c, RemedyKind kind) {
        LocalDate responded = c.stages.get(0).respondedOn;
        boolean followUp = switch (kind) {
            case STAFF_TRAINING_OR_GUIDANCE, CHANGE_OR_REVIEW_COMMUNICATIONS, CHANGE_OR_REVIEW_SERVICE,
                    CHANGE_OR_REVIEW_POLICY_OR_PROCEDURE -> true;
            default -> false;
        };
        if (!followUp) {
            return new HistoricRemedy(1, kind, false, null, responded);
        }
        LocalDate due = responded.plusDays(20 + random.nextInt(41));
        return new HistoricRemedy(1, kind, true, due, due.minusDays(random.nextInt(16)));
    }

    /** §6.1's money, paid within the year: local resolution per directorate, and after Ombudsman decisions. */
    private void payments(List<Draft> cases, List<Draft> all, int year) {
        BigDecimal total2020 = SeedFigures.MONEY_2020.stream().map(Money::total2020)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal yearTotal = switch (year) {
            case 2 -> total2020;
            case 1 -> SeedFigures.TOTAL_PAID_2019;
            default -> SeedFigures.TOTAL_PAID_2019.multiply(BigDecimal.valueOf(complaints(0)))
                    .divide(BigDecimal.valueOf(complaints(1)), 2, RoundingMode.HALF_UP);
        };
        List<BigDecimal> buckets = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < SeedFigures.MONEY_2020.size(); i++) {
            BigDecimal share = i == SeedFigures.MONEY_2020.size() - 1 ? yearTotal.subtract(assigned)
                    : yearTotal.multiply(SeedFigures.MONEY_2020.get(i).total2020())
                            .divide(total2020, 2, RoundingMode.HALF_UP);
            buckets.add(share);
            assigned = assigned.add(share);
        }
        LocalDate start = SeedFigures.yearStart(year);
        LocalDate end = SeedFigures.yearEnd(year);
        for (int i = 0; i < buckets.size(); i++) {
            Money money = SeedFigures.MONEY_2020.get(i);
            int n = Math.max(1, (int) Math.round(money.payments() * buckets.get(i).doubleValue()
                    / money.total2020().doubleValue()));
            List<BigDecimal> amounts = split(buckets.get(i), n);
            for (BigDecimal amount : amounts) {
                if (money.ombudsman()) {
                    Dir dir = pick(SeedFigures.OMBUDSMAN_DIRECTORATES);
                    List<Draft> pool = new ArrayList<>();
                    for (Draft c : all) {
                        if (c.type == FeedbackType.COMPLAINT && c.service.dir == dir && c.payments.isEmpty()
                                && c.status == CaseStatus.CLOSED && !c.lastStage().respondedOn.plusDays(90).isAfter(end)
                                && !c.receivedOn.isBefore(start.minusDays(400))) {
                            pool.add(c);
                        }
                    }
                    Draft c = pool.get(random.nextInt(pool.size()));
                    LocalDate earliest = max(start, c.lastStage().respondedOn.plusDays(90));
                    LocalDate paid = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, end) + 1));
                    c.payments.add(new HistoricPayment(PaymentKind.COMPENSATION, amount, paid, null,
                            PaymentSource.OMBUDSMAN));
                } else {
                    List<Draft> pool = new ArrayList<>();
                    for (Draft c : upheldAtStage1(cases)) {
                        if (c.service.dir == money.dir() && c.payments.isEmpty()
                                && !c.stages.get(0).respondedOn.plusDays(40).isAfter(end)) {
                            pool.add(c);
                        }
                    }
                    Draft c = pool.get(random.nextInt(pool.size()));
                    LocalDate paid = c.stages.get(0).respondedOn.plusDays(5 + random.nextInt(36));
                    PaymentKind kind = money.dir() == Dir.ASCH
                            ? pick(List.of(new Weighted<>(PaymentKind.WAIVED_CHARGE, 50),
                                    new Weighted<>(PaymentKind.CHARGE_CHANGE, 30),
                                    new Weighted<>(PaymentKind.COMPENSATION, 20)))
                            : pick(List.of(new Weighted<>(PaymentKind.COMPENSATION, 70),
                                    new Weighted<>(PaymentKind.SETTLEMENT, 10),
                                    new Weighted<>(PaymentKind.WAIVED_CHARGE, 20)));
                    c.payments.add(new HistoricPayment(kind, amount, paid, null, PaymentSource.LOCAL_RESOLUTION));
                    c.remedies.add(new HistoricRemedy(1, RemedyKind.FINANCIAL_REMEDY, false, null,
                            c.stages.get(0).respondedOn));
                }
            }
        }
    }

    /** §3.5: exactly so many pieces of 2020/21 feedback (enquiries aside) mention Covid. */
    private void tagCovid(List<Draft> cases) {
        List<Draft> incident = new ArrayList<>();
        List<Draft> others = new ArrayList<>();
        for (Draft c : cases) {
            if (c.reasons.contains("impact_of_major_incident")) {
                incident.add(c);
            } else if (c.type != FeedbackType.ENQUIRY) {
                others.add(c);
            }
        }
        Collections.shuffle(others, random);
        incident.addAll(others);
        for (Draft c : incident.subList(0, SeedFigures.COVID_MENTIONS_2020)) {
            c.tags.add("Covid");
        }
    }

    // ---- pieces ----------------------------------------------------------------------------------------------------

    private Draft draft(FeedbackType type, Svc s, Channel channel, LocalDate receivedOn) {
        Draft c = new Draft(type, s, channel, receivedOn);
        c.procedure = places.procedures().get(s);
        c.customer = type == FeedbackType.COMPLIMENT && random.nextInt(10) == 0 ? Contact.NONE
                : DemoText.customer(random, channel);
        c.description = DemoText.description(random, type, s);
        c.assignedTo = places.handlers().get(s);
        StageDraft first = stage(c, 1, receivedOn);
        first.handlerId = c.assignedTo;
        c.stages.add(first);
        return c;
    }

    private StageDraft stage(Draft c, int number, LocalDate startedOn) {
        StageClock clock = clock(c.procedure, number, startedOn);
        StageDraft s = new StageDraft(number, startedOn);
        s.acknowledgementDue = clock.acknowledgementDue();
        s.responseDue = clock.responseDue();
        s.suspendedWorkingDays = clock.suspendedWorkingDays();
        return s;
    }

    private StageClock clock(String procedure, int stage, LocalDate on) {
        return clocks.computeIfAbsent(new Key(procedure, stage, on), k -> dueDates.start(procedure, stage, on));
    }

    private LocalDate acknowledged(StageDraft st) {
        LocalDate due = st.acknowledgementDue != null ? st.acknowledgementDue : st.receivedOn.plusDays(3);
        if (random.nextDouble() < 0.93) {
            return between(st.receivedOn, due);
        }
        return weekday(due.plusDays(1 + random.nextInt(4)), false);
    }

    /** On time: some day up to the due date (within about six weeks, whatever the procedure allows); late: after. */
    private void respond(Draft c, StageDraft st, boolean late) {
        LocalDate from = st.acknowledgedOn != null ? st.acknowledgedOn : st.receivedOn;
        if (late) {
            st.respondedOn = weekday(st.responseDue.plusDays(1 + random.nextInt(8) + random.nextInt(8) * random.nextInt(4)),
                    false);
            if (random.nextDouble() < SeedFigures.LATE_WITH_REASON) {
                st.delayReason = pick(SeedFigures.delayReasons(c.service.dir));
            }
        } else {
            LocalDate limit = st.responseDue.isAfter(st.receivedOn.plusDays(45)) ? st.receivedOn.plusDays(45)
                    : st.responseDue;
            st.respondedOn = between(from.isAfter(limit) ? limit : from, limit);
        }
    }

    /** A working-looking day from {@code from} to {@code to}, both included. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        LocalDate d = days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
        LocalDate weekday = weekday(d, true);
        return weekday.isBefore(from) ? from : weekday;
    }

    private LocalDate receivedOn(int year, Channel channel) {
        int month = pickIndex(MONTHS[year]);
        LocalDate first = SeedFigures.yearStart(year).plusMonths(month);
        LocalDate d = first.plusDays(random.nextInt(first.lengthOfMonth()));
        boolean anyDay = channel == Channel.ONLINE || channel == Channel.SOCIAL_MEDIA;
        if (anyDay && random.nextDouble() < 0.6) {
            return d; // forms are sent at weekends too, though less
        }
        LocalDate moved = weekday(d, false);
        return moved.isAfter(SeedFigures.yearEnd(year)) ? weekday(d, true) : moved;
    }

    /** The day itself if a weekday, else the Friday before ({@code back}) or the Monday after. */
    private static LocalDate weekday(LocalDate d, boolean back) {
        DayOfWeek day = d.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return back ? d.minusDays(1) : d.plusDays(2);
        }
        if (day == DayOfWeek.SUNDAY) {
            return back ? d.minusDays(2) : d.plusDays(1);
        }
        return d;
    }

    private List<String> reasons(LocalDate receivedOn) {
        List<String> reasons = new ArrayList<>();
        if (receivedOn.isBefore(SeedFigures.TAXONOMY_CHANGED)) {
            reasons.add(pick(SeedFigures.REASONS_BEFORE_2020));
            if (random.nextDouble() < SeedFigures.SECOND_REASON_BEFORE_2020) {
                String second = pick(SeedFigures.REASONS_BEFORE_2020);
                if (!reasons.contains(second)) {
                    reasons.add(second);
                }
            }
        } else {
            reasons.add(pick(SeedFigures.REASONS_FROM_2020));
        }
        return reasons;
    }

    private Channel tableChannel(int year) {
        int[] volumes = SeedFigures.CHANNELS[year];
        double[] weights = new double[volumes.length];
        for (int i = 0; i < volumes.length; i++) {
            weights[i] = volumes[i];
        }
        return TABLE_14_CHANNELS[pickIndex(weights)];
    }

    private static int quarter(LocalDate d) {
        return ((d.getMonthValue() + 8) % 12) / 3; // April-June 0 ... January-March 3
    }

    private static List<Draft> upheldAtStage1(List<Draft> cases) {
        List<Draft> upheld = new ArrayList<>();
        for (Draft c : cases) {
            Outcome o = c.stages.get(0).outcome;
            if (o == Outcome.UPHELD || o == Outcome.PARTLY_UPHELD) {
                upheld.add(c);
            }
        }
        return upheld;
    }

    private static int complaints(int year) {
        int sum = 0;
        for (Svc s : Svc.values()) {
            sum += s.complaints[year];
        }
        return sum;
    }

    /**
     * A total split over services in proportion to their complaints that year (within one directorate, or the whole
     * council when {@code dir} is null), by largest remainder so the parts add up exactly.
     */
    static Map<Svc, Integer> splitByComplaints(int total, int year, Dir dir) {
        List<Svc> services = new ArrayList<>();
        long weight = 0;
        for (Svc s : Svc.values()) {
            if (dir == null || s.dir == dir) {
                services.add(s);
                weight += s.complaints[year];
            }
        }
        Map<Svc, Integer> parts = new EnumMap<>(Svc.class);
        List<double[]> remainders = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < services.size(); i++) {
            double exact = weight == 0 ? (double) total / services.size()
                    : (double) total * services.get(i).complaints[year] / weight;
            int part = (int) Math.floor(exact);
            parts.put(services.get(i), part);
            given += part;
            remainders.add(new double[] {exact - part, i});
        }
        remainders.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        for (int k = 0; k < total - given; k++) {
            parts.merge(services.get((int) remainders.get(k)[1]), 1, Integer::sum);
        }
        return parts;
    }

    /** {@code n} amounts of uneven size adding up to {@code total} exactly, each at least a penny. */
    private List<BigDecimal> split(BigDecimal total, int n) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 0.2 + Math.pow(random.nextDouble(), 2) * 3;
            sum += weights[i];
        }
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(2, RoundingMode.HALF_UP)
                    .max(new BigDecimal("0.01"));
            amounts.add(part);
            given = given.add(part);
        }
        amounts.add(total.subtract(given));
        return amounts;
    }

    private <T> T pick(List<Weighted<T>> choices) {
        double[] weights = new double[choices.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = choices.get(i).weight();
        }
        return choices.get(pickIndex(weights)).value();
    }

    private int pickIndex(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- drafts: mutable while generating, then frozen into HistoricCase ----------------------------------------

    private final class Draft {
        final FeedbackType type;
        final Svc service;
        final Channel channel;
        final LocalDate receivedOn;
        String procedure;
        CaseStatus status;
        Contact customer;
        String description;
        Long assignedTo;
        LocalDate closedOn;
        final List<String> reasons = new ArrayList<>(2);
        final List<String> tags = new ArrayList<>(1);
        final List<StageDraft> stages = new ArrayList<>(2);
        final List<HistoricRemedy> remedies = new ArrayList<>(1);
        final List<HistoricPayment> payments = new ArrayList<>(1);

        Draft(FeedbackType type, Svc service, Channel channel, LocalDate receivedOn) {
            this.type = type;
            this.service = service;
            this.channel = channel;
            this.receivedOn = receivedOn;
        }

        StageDraft lastStage() {
            return stages.get(stages.size() - 1);
        }

        HistoricCase toCase() {
            return new HistoricCase(null, type, channel, status, receivedOn, null, places.services().get(service),
                    procedure, description, customer, reasons, tags, assignedTo, closedOn,
                    stages.stream().map(StageDraft::toStage).toList(), remedies, payments);
        }
    }

    private static final class StageDraft {
        final int number;
        final LocalDate receivedOn;
        LocalDate acknowledgementDue;
        LocalDate acknowledgedOn;
        LocalDate responseDue;
        int suspendedWorkingDays;
        LocalDate respondedOn;
        Outcome outcome;
        String delayReason;
        Long handlerId;
        String escalationReason;

        StageDraft(int number, LocalDate receivedOn) {
            this.number = number;
            this.receivedOn = receivedOn;
        }

        HistoricStage toStage() {
            return new HistoricStage(number, receivedOn, acknowledgementDue, acknowledgedOn, responseDue, responseDue,
                    suspendedWorkingDays, respondedOn, outcome, delayReason, handlerId, escalationReason);
        }
    }
}
