package org.redress.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentSource;
import org.redress.demo.SeedFigures.Dir;
import org.redress.demo.SeedFigures.Svc;
import org.redress.procedure.StageClock;

/**
 * The generated history against the report it is modelled on, without a database: due dates here are plain working
 * days (weekends only), which is all the figures need.
 */
class DemoHistoryTest {

    static List<HistoricCase> cases;
    static final Map<Svc, Long> SERVICES = new EnumMap<>(Svc.class);

    @BeforeAll
    static void generate() {
        Map<Svc, String> procedures = new EnumMap<>(Svc.class);
        Map<Svc, Long> handlers = new EnumMap<>(Svc.class);
        for (Svc s : Svc.values()) {
            SERVICES.put(s, 100L + s.ordinal());
            procedures.put(s, s == Svc.ADULTS ? "adult_social_care" : "corporate");
            handlers.put(s, 10L + s.dir.ordinal());
        }
        cases = new DemoHistory(new DemoHistory.Places(SERVICES, procedures, "corporate", handlers, 1L),
                (procedure, stage, on) -> new StageClock(addWorkingDays(on, 3),
                        addWorkingDays(on, procedure.equals("adult_social_care") ? 60 : 20), 0))
                .generate();
    }

    @Test
    void receivesTheReportsStageOneComplaintsPerServiceEachYear() {
        for (int year = 0; year < 3; year++) {
            for (Svc s : Svc.values()) {
                int y = year;
                assertThat(count(c -> c.type() == FeedbackType.COMPLAINT && in(c, y) && c.serviceId() == SERVICES.get(s)))
                        .as(s + " " + SeedFigures.yearName(year)).isEqualTo(s.complaints[year]);
            }
        }
        assertThat(count(c -> c.type() == FeedbackType.COMPLAINT && in(c, 2))).isEqualTo(5375);
        assertThat(count(c -> c.type() == FeedbackType.COMPLAINT && in(c, 1))).isEqualTo(5866);
    }

    @Test
    void receivesTheReportsCommentsComplimentsAndOtherFeedback() {
        for (int year = 0; year < 3; year++) {
            int y = year;
            for (Dir d : Dir.values()) {
                assertThat(count(c -> c.type() == FeedbackType.COMMENT && in(c, y) && dir(c) == d))
                        .isEqualTo(d.comments[year]);
                assertThat(count(c -> c.type() == FeedbackType.COMPLIMENT && in(c, y) && dir(c) == d))
                        .isEqualTo(d.compliments[year]);
                assertThat(count(c -> c.stages().size() == 2 && c.stages().get(1).receivedOn() != null
                        && inYear(c.stages().get(1).receivedOn(), y) && dir(c) == d)).isEqualTo(d.stage2[year]);
            }
            assertThat(count(c -> c.type() == FeedbackType.MEMBER_ENQUIRY && in(c, y)))
                    .isEqualTo(SeedFigures.MEMBER_ENQUIRIES[year]);
            assertThat(count(c -> c.type() == FeedbackType.ENQUIRY && in(c, y))).isEqualTo(SeedFigures.ENQUIRIES[year]);
            assertThat(count(c -> c.type() == FeedbackType.INFORMAL_CONCERN && in(c, y)))
                    .isEqualTo(SeedFigures.INFORMAL_CONCERNS[year]);
            assertThat(count(c -> c.type() == FeedbackType.REPRESENTATION && in(c, y))).isEqualTo(3);
        }
    }

    @Test
    void answersAboutEightyTwoPercentOfComplaintsInTimeIn2020() {
        List<HistoricStage> answered = cases.stream()
                .filter(c -> c.type() == FeedbackType.COMPLAINT && in(c, 2) && c.stages().get(0).respondedOn() != null)
                .map(c -> c.stages().get(0)).toList();
        long inTime = answered.stream().filter(s -> !s.respondedOn().isAfter(s.responseDue())).count();
        assertThat(100.0 * inTime / answered.size()).isBetween(80.0, 84.0);
        long upheld = answered.stream().filter(s -> s.outcome() == Outcome.UPHELD).count();
        assertThat(100.0 * upheld / answered.size()).isBetween(14.0, 18.0);
        assertThat(answered.stream().filter(s -> s.delayReason() != null && !s.respondedOn().isAfter(s.responseDue())))
                .isEmpty();
    }

    @Test
    void tagsCovidOn1594PiecesOfFeedbackIn2020() {
        assertThat(count(c -> c.tags().contains("Covid"))).isEqualTo(1594);
        assertThat(count(c -> in(c, 2) && c.tags().contains("Covid"))).isEqualTo(1594);
    }

    @Test
    void usesTheNewReasonsFromApril2020AndTheRetiredOnesBefore() {
        assertThat(count(c -> in(c, 2) && (c.reasons().contains("service_failure")
                || c.reasons().contains("service_quality")))).isZero();
        assertThat(count(c -> !in(c, 2) && c.reasons().stream().anyMatch(r -> r.startsWith("issues_with_service")
                || r.equals("impact_of_major_incident")))).isZero();
        assertThat(count(c -> in(c, 2) && c.reasons().contains("issues_with_service/delay_in_doing_something")))
                .isGreaterThan(400);
    }

    @Test
    void paysTheReportsMoneyIn2020() {
        BigDecimal local = BigDecimal.ZERO;
        BigDecimal ombudsman = BigDecimal.ZERO;
        for (HistoricCase c : cases) {
            for (HistoricCase.HistoricPayment p : c.payments()) {
                if (inYear(p.paidOn(), 2)) {
                    if (p.source() == PaymentSource.OMBUDSMAN) {
                        ombudsman = ombudsman.add(p.amount());
                    } else {
                        local = local.add(p.amount());
                    }
                }
            }
        }
        assertThat(local.add(ombudsman)).isEqualByComparingTo("64966.05");
        assertThat(ombudsman).isEqualByComparingTo("33150.71");
    }

    @Test
    void generatesTheSameCasesEveryTime() {
        Map<Svc, String> procedures = new EnumMap<>(Svc.class);
        Map<Svc, Long> handlers = new EnumMap<>(Svc.class);
        for (Svc s : Svc.values()) {
            procedures.put(s, s == Svc.ADULTS ? "adult_social_care" : "corporate");
            handlers.put(s, 10L + s.dir.ordinal());
        }
        List<HistoricCase> again = new DemoHistory(new DemoHistory.Places(SERVICES, procedures, "corporate", handlers,
                1L), (procedure, stage, on) -> new StageClock(addWorkingDays(on, 3),
                        addWorkingDays(on, procedure.equals("adult_social_care") ? 60 : 20), 0)).generate();
        assertThat(again).isEqualTo(cases);
    }

    // ----

    private static boolean in(HistoricCase c, int year) {
        return inYear(c.receivedOn(), year);
    }

    private static boolean inYear(LocalDate d, int year) {
        return !d.isBefore(SeedFigures.yearStart(year)) && !d.isAfter(SeedFigures.yearEnd(year));
    }

    private static Dir dir(HistoricCase c) {
        return Svc.values()[(int) (c.serviceId() - 100)].dir;
    }

    private static long count(Predicate<HistoricCase> which) {
        return cases.stream().filter(which).count();
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int i = 0; i < days; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                i++;
            }
        }
        return d;
    }
}
