package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The council's own Ombudsman statistics, from cases recorded at the volumes of the model report's tables 17 and 18 for
 * 2020/21: 156 received, 152 decided (40 upheld, 14 not upheld, 49 closed after initial enquiries, 9 incomplete or
 * invalid, 40 referred back).
 */
@SpringBootTest
class OmbudsmanStatisticsIT {

    @Autowired OmbudsmanCases cases;
    @Autowired OmbudsmanStatistics statistics;
    @Autowired ObjectProvider<TestCouncil> councils;

    @Autowired TestCouncil council;
    int sequence;

    @BeforeEach
    void council() {
    }

    private OmbudsmanCase record(OmbudsmanCategory category, LocalDate received, LocalDate decided,
            OmbudsmanDecision decision, CouncilView view, boolean remedied) {
        boolean highways = category == OmbudsmanCategory.HIGHWAYS_AND_TRANSPORT;
        String reference = String.format("20 %06d", ++sequence);
        return cases.record(council.feedbackTeam, new CaseDetails(reference, null, category,
                highways ? council.highwaysDirectorate.id() : council.careDirectorate.id(),
                highways ? null : council.adultCare.id(), received, decided, decision, view, remedied, false, null));
    }

    /** The model report's table 17, 2020/21, in the Ombudsman's category order. */
    static final long[] RECEIVED_2020 = {56, 0, 4, 79, 5, 9, 1, 1, 1};

    @Test
    void computesTheSeedReportsTablesAndTheLettersRatesFromTheCouncilsOwnCases() {
        List<OmbudsmanCategory> received = new ArrayList<>();
        for (OmbudsmanCategory category : OmbudsmanCategory.values()) {
            for (int i = 0; i < RECEIVED_2020[category.ordinal()]; i++) {
                received.add(category);
            }
        }
        // 152 of the 156 are decided in the year: decisions in table 18's proportions, in category order.
        List<OmbudsmanDecision> decisions = new ArrayList<>();
        add(decisions, OmbudsmanDecision.UPHELD, 40);
        add(decisions, OmbudsmanDecision.NOT_UPHELD, 14);
        add(decisions, OmbudsmanDecision.CLOSED_AFTER_INITIAL_ENQUIRIES, 49);
        add(decisions, OmbudsmanDecision.INCOMPLETE_OR_INVALID, 9);
        add(decisions, OmbudsmanDecision.REFERRED_BACK, 40);
        List<OmbudsmanCase> upheld = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            LocalDate receivedOn = LocalDate.of(2020, 4, 1).plusDays(i);
            if (i >= decisions.size()) {
                record(received.get(i), receivedOn, null, null, null, false);
                continue;
            }
            OmbudsmanDecision decision = decisions.get(i);
            CouncilView view = decision.detailedInvestigation() ? null
                    : decision == OmbudsmanDecision.REFERRED_BACK ? CouncilView.PREMATURE
                    : CouncilView.CLOSED_NO_FURTHER_ACTION;
            // 5 of the 40 upheld had been put right by the council already (the model report: 13%).
            boolean remedied = decision == OmbudsmanDecision.UPHELD && upheld.size() < 5;
            OmbudsmanCase c = record(received.get(i), receivedOn, LocalDate.of(2021, 3, 31), decision, view, remedied);
            if (decision == OmbudsmanDecision.UPHELD) {
                upheld.add(c);
            }
        }
        // A case decided on 1 April 2021 belongs to the next year; one received on 31 March 2020 to the one before.
        record(OmbudsmanCategory.HOUSING, LocalDate.of(2021, 1, 4), LocalDate.of(2021, 4, 1), OmbudsmanDecision.UPHELD,
                null, false);
        record(OmbudsmanCategory.HOUSING, LocalDate.of(2020, 3, 31), LocalDate.of(2020, 3, 31),
                OmbudsmanDecision.NOT_UPHELD, null, false);

        // Compliance: 9 cases with outcomes in the year, 5 implemented (one of them late, one with two
        // recommendations both complied); 1 case with one of two outcomes still missing; 1 recorded next year.
        LocalDate in = LocalDate.of(2021, 3, 31);
        comply(upheld.get(10), in, Compliance.COMPLIED, Compliance.COMPLIED);
        comply(upheld.get(11), in, Compliance.COMPLIED);
        comply(upheld.get(12), in, Compliance.COMPLIED);
        comply(upheld.get(13), in, Compliance.COMPLIED_LATE);
        comply(upheld.get(14), in, Compliance.COMPLIED);
        comply(upheld.get(15), in, Compliance.NOT_COMPLIED);
        comply(upheld.get(16), in, Compliance.COMPLIED, Compliance.NOT_COMPLIED);
        comply(upheld.get(17), in, Compliance.NOT_COMPLIED);
        comply(upheld.get(18), in, Compliance.NOT_COMPLIED);
        comply(upheld.get(19), in, Compliance.COMPLIED, null);
        long authority = council.authority.id();

        AnnualFigures figures = statistics.forAuthority(authority, 2020);
        assertThat(figures.detailedInvestigations()).isEqualTo(54);
        assertThat(figures.upholdRate()).isEqualTo(74);
        assertThat(figures.remediedByAuthority()).isEqualTo(5);
        assertThat(figures.satisfactoryRemedyRate()).isEqualTo(13);
        assertThat(figures.complianceOutcomes()).isEqualTo(9);
        assertThat(figures.complied()).isEqualTo(5);
        assertThat(figures.complianceRate()).isEqualTo(56);

        assertThat(statistics.receivedByCategory(authority, 2020)).extracting(OmbudsmanStatistics.CategoryCount::count)
                .containsExactly(56L, 0L, 4L, 79L, 5L, 9L, 1L + 1, 1L, 1L);
        OmbudsmanStatistics.DecisionCounts table18 = statistics.decisions(authority, 2020);
        assertThat(table18.upheld()).isEqualTo(40);
        assertThat(table18.notUpheld()).isEqualTo(14);
        assertThat(table18.adviceGiven()).isZero();
        assertThat(table18.closedAfterInitialEnquiries()).isEqualTo(49);
        assertThat(table18.incompleteOrInvalid()).isEqualTo(9);
        assertThat(table18.referredBack()).isEqualTo(40);
        assertThat(table18.total()).isEqualTo(152);

        List<OmbudsmanStatistics.ReceivedRow> table17 = statistics.receivedOverYears(authority, 2020, 3);
        assertThat(table17).extracting(r -> r.year().name()).containsExactly("2020/21", "2019/20", "2018/19");
        assertThat(table17).extracting(OmbudsmanStatistics.ReceivedRow::total).containsExactly(157L, 1L, 0L);
        assertThat(statistics.decisionsOverYears(authority, 2021, 3)).extracting(r -> r.decisions().total())
                .containsExactly(1L, 152L, 1L);

        List<OmbudsmanStatistics.DirectorateOutcomes> byDirectorate = statistics.outcomesByDirectorate(authority, 2020);
        assertThat(byDirectorate).extracting(OmbudsmanStatistics.DirectorateOutcomes::directorate)
                .containsExactly("Adult Social Care and Health", "Growth, Environment and Transport");
        long decidedHighways = Math.min(9, Math.max(0, 152 - (56 + 0 + 4 + 79 + 5)));
        OmbudsmanStatistics.OutcomeRow highways = byDirectorate.get(1).total();
        assertThat(highways.total()).isEqualTo(decidedHighways);
        assertThat(byDirectorate.get(1).services()).extracting(OmbudsmanStatistics.OutcomeRow::label)
                .containsExactly("Directorate-wide");
        OmbudsmanStatistics.OutcomeRow care = byDirectorate.get(0).total();
        assertThat(care.total() + highways.total()).isEqualTo(152);
        assertThat(care.upheld() + highways.upheld()).isEqualTo(40);
        assertThat(care.premature() + highways.premature()).isEqualTo(40);
        assertThat(care.closed() + highways.closed()).isEqualTo(58);
        assertThat(byDirectorate.get(0).services()).extracting(OmbudsmanStatistics.OutcomeRow::label)
                .containsExactly("Adult Social Care");

        // Another council's year is empty: rates not applicable, never 0%.
        TestCouncil other = councils.getObject();
        AnnualFigures none = statistics.forAuthority(other.authority.id(), 2020);
        assertThat(none.upholdRate()).isNull();
        assertThat(none.complianceRate()).isNull();
        assertThat(none.satisfactoryRemedyRate()).isNull();
    }

    private void comply(OmbudsmanCase c, LocalDate on, Compliance... outcomes) {
        int version = cases.get(council.feedbackTeam, c.id()).version();
        for (Compliance outcome : outcomes) {
            Recommendation r = cases.addRecommendation(council.feedbackTeam, c.id(), version++,
                    RecommendationType.APOLOGY, null, null, on);
            if (outcome != null) {
                cases.recordCompliance(council.feedbackTeam, c.id(), r.id(), version++, outcome, on);
            }
        }
    }

    private static void add(List<OmbudsmanDecision> list, OmbudsmanDecision decision, int n) {
        for (int i = 0; i < n; i++) {
            list.add(decision);
        }
    }

    @Test
    void aComplianceOutcomeRecordedAfterTheYearCountsInTheNextYear() {
        OmbudsmanCase c = record(OmbudsmanCategory.HOUSING, LocalDate.of(2020, 5, 1), LocalDate.of(2021, 3, 1),
                OmbudsmanDecision.UPHELD, null, false);
        Recommendation r = cases.addRecommendation(council.feedbackTeam, c.id(), c.version(),
                RecommendationType.PAYMENT, null, new BigDecimal("100.00"), LocalDate.of(2021, 4, 1));
        cases.recordCompliance(council.feedbackTeam, c.id(), r.id(), c.version() + 1, Compliance.COMPLIED,
                LocalDate.of(2021, 4, 2));

        assertThat(statistics.forAuthority(council.authority.id(), 2020).complianceOutcomes()).isZero();
        assertThat(statistics.forAuthority(council.authority.id(), 2021).complianceRate()).isEqualTo(100);
    }
}
