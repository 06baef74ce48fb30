package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.casework.Cases.aComplaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Payment;
import org.redress.casework.PaymentKind;
import org.redress.casework.PaymentSource;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The council's own Ombudsman cases: recording, recommendations to compliance, payments and the audit trail. */
@SpringBootTest
class OmbudsmanCasesIT {

    @Autowired OmbudsmanCases cases;
    @Autowired Casework casework;
    @Autowired StaffAccounts staff;
    @Autowired ObjectProvider<TestCouncil> councils;

    @Autowired TestCouncil council;

    private FeedbackCase councilCase() {
        return casework.log(council.feedbackTeam, aComplaint().receivedOn("2020-06-01").by(Channel.EMAIL)
                .about(council.adultCare.id()).describedAs("Care package reduced").build());
    }

    static CaseDetails upheld(String reference, String caseReference, Long directorateId) {
        return new CaseDetails(reference, caseReference, OmbudsmanCategory.ADULT_CARE_SERVICES, directorateId, null,
                LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 15), OmbudsmanDecision.UPHELD, null, false, false,
                "Mrs X complains the Council reduced her support hours.");
    }

    private static List<String> fields(InvalidInput e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void recordsACaseLinkedToTheCouncilsOwnCaseTakingItsDirectorateAndService() {
        FeedbackCase own = councilCase();

        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19013241", own.reference(), null));

        assertThat(c.ombudsmanReference()).isEqualTo("19 013 241");
        assertThat(c.caseReference()).isEqualTo(own.reference());
        assertThat(c.directorateId()).isEqualTo(council.careDirectorate.id());
        assertThat(c.serviceId()).isEqualTo(council.adultCare.id());
        assertThat(cases.timeline(council.feedbackTeam, c.id())).extracting(OmbudsmanEvent::action).containsExactly("recorded");
    }

    @Test
    void refusesACouncilCaseThatDoesNotExistOrBelongsToAnotherCouncil() {
        TestCouncil other = councils.getObject();
        FeedbackCase theirs = casework.log(other.feedbackTeam, aComplaint().receivedOn("2020-06-01").by(Channel.EMAIL)
                .about(other.highways.id()).describedAs("Pothole").build());

        assertThatThrownBy(() -> cases.record(council.feedbackTeam, upheld("19 013 242", theirs.reference(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).contains("caseReference"));
    }

    @Test
    void listsEveryProblemWithWhatWasRecorded() {
        CaseDetails bad = new CaseDetails("19-01", null, null, null, null, LocalDate.of(2021, 2, 1),
                LocalDate.of(2021, 1, 1), OmbudsmanDecision.REFERRED_BACK, null, true, false, null);

        assertThatThrownBy(() -> cases.record(council.feedbackTeam, bad))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder(
                        "ombudsmanReference", "category", "directorateId", "decidedOn", "councilView",
                        "remediedByAuthority"));
    }

    @Test
    void refusesTheSameOmbudsmanReferenceTwiceInOneCouncil() {
        cases.record(council.feedbackTeam, upheld("19 013 243", null, council.careDirectorate.id()));

        assertThatThrownBy(() -> cases.record(council.feedbackTeam, upheld("19013243", null, council.careDirectorate.id())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactly("ombudsmanReference"));
    }

    @Test
    void aDonePaymentRecommendationIsRecordedOnTheLinkedCaseWithTheOmbudsmanAsSource() {
        FeedbackCase own = councilCase();
        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19 017 019", own.reference(), null));
        Recommendation payment = cases.addRecommendation(council.feedbackTeam, c.id(), c.version(),
                RecommendationType.PAYMENT, "For distress", new BigDecimal("300.00"), LocalDate.of(2021, 4, 15));

        cases.markDone(council.feedbackTeam, c.id(), payment.id(), c.version() + 1, LocalDate.of(2021, 3, 20),
                "Cheque sent");

        List<Payment> payments = casework.file(council.feedbackTeam, own.reference()).payments();
        assertThat(payments).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("300.00");
            assertThat(p.source()).isEqualTo(PaymentSource.OMBUDSMAN);
            assertThat(p.kind()).isEqualTo(PaymentKind.COMPENSATION);
            assertThat(p.paidOn()).isEqualTo(LocalDate.of(2021, 3, 20));
            assertThat(p.directorateId()).isEqualTo(council.careDirectorate.id());
        });
        assertThat(cases.timeline(council.feedbackTeam, c.id())).extracting(OmbudsmanEvent::action)
                .containsExactly("recommendation_done", "recommendation_added", "recorded");
    }

    @Test
    void aPaymentCannotBeMarkedDoneWithoutALinkedCaseAndNothingIsHalfSaved() {
        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19 017 020", null, council.careDirectorate.id()));
        Recommendation payment = cases.addRecommendation(council.feedbackTeam, c.id(), c.version(),
                RecommendationType.PAYMENT, null, new BigDecimal("150.00"), LocalDate.of(2021, 4, 15));

        assertThatThrownBy(() -> cases.markDone(council.feedbackTeam, c.id(), payment.id(), c.version() + 1,
                LocalDate.of(2021, 3, 20), null)).isInstanceOf(Refused.class);
        assertThat(cases.recommendations(council.feedbackTeam, c.id())).singleElement()
                .satisfies(r -> assertThat(r.done()).isFalse());
    }

    @Test
    void aStalePaymentIsRolledBackWithTheRecommendation() {
        FeedbackCase own = councilCase();
        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19 017 021", own.reference(), null));
        Recommendation payment = cases.addRecommendation(council.feedbackTeam, c.id(), c.version(),
                RecommendationType.PAYMENT, null, new BigDecimal("150.00"), LocalDate.of(2021, 4, 15));

        assertThatThrownBy(() -> cases.markDone(council.feedbackTeam, c.id(), payment.id(), c.version(),
                LocalDate.of(2021, 3, 20), null)).isInstanceOf(EditConflict.class);
        assertThat(casework.file(council.feedbackTeam, own.reference()).payments()).isEmpty();
    }

    @Test
    void onlyAPaymentHasAnAmountAndRecommendationsNeedAnInvestigatedDecision() {
        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19 017 022", null, council.careDirectorate.id()));
        assertThatThrownBy(() -> cases.addRecommendation(council.feedbackTeam, c.id(), c.version(),
                RecommendationType.APOLOGY, null, new BigDecimal("5"), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactly("amount", "dueOn"));
        assertThatThrownBy(() -> cases.addRecommendation(council.feedbackTeam, c.id(), c.version(),
                RecommendationType.PAYMENT, null, new BigDecimal("1.005"), LocalDate.of(2021, 4, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactly("amount"));

        OmbudsmanCase open = cases.record(council.feedbackTeam, new CaseDetails("20 000 001", null,
                OmbudsmanCategory.HOUSING, council.careDirectorate.id(), null, LocalDate.of(2021, 1, 1), null, null,
                null, false, false, null));
        assertThatThrownBy(() -> cases.addRecommendation(council.feedbackTeam, open.id(), open.version(),
                RecommendationType.APOLOGY, null, null, LocalDate.of(2021, 4, 1))).isInstanceOf(Refused.class);
    }

    @Test
    void aReportViewerReadsButCannotChangeAndAnOfficerCannotRead() {
        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19 017 023", null, council.careDirectorate.id()));

        assertThat(cases.get(council.viewer, c.id()).ombudsmanReference()).isEqualTo("19 017 023");
        assertThatThrownBy(() -> cases.update(council.viewer, c.id(), c.version(),
                upheld("19 017 023", null, council.careDirectorate.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.get(council.careOfficer, c.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReportViewerScopedToOneDirectorateReadsOnlyThatDirectoratesOmbudsmanCases() {
        OmbudsmanCase care = cases.record(council.feedbackTeam, upheld("19 017 031", null, council.careDirectorate.id()));
        OmbudsmanCase roads = cases.record(council.feedbackTeam, upheld("19 017 032", null,
                council.highwaysDirectorate.id()));
        String username = council.prefix + ".careviewer";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Care viewer", null,
                java.util.EnumSet.of(Role.REPORT_VIEWER), Scope.directorate(council.careDirectorate.id())),
                TestCouncil.PASSWORD);
        StaffUser careViewer = (StaffUser) staff.loadUserByUsername(username);

        assertThat(cases.list(careViewer, new OmbudsmanCases.Filter(null, null, null, null)))
                .extracting(OmbudsmanCase::id).contains(care.id()).doesNotContain(roads.id());
        assertThat(cases.get(careViewer, care.id()).id()).isEqualTo(care.id());
        assertThatThrownBy(() -> cases.get(careViewer, roads.id())).isInstanceOf(NotFound.class);
        // The whole council's viewer still reads both.
        assertThat(cases.list(council.viewer, new OmbudsmanCases.Filter(null, null, null, null)))
                .extracting(OmbudsmanCase::id).contains(care.id(), roads.id());
    }

    @Test
    void anEditRecordsWhatChangedAndAStaleEditIsRefused() {
        OmbudsmanCase c = cases.record(council.feedbackTeam, upheld("19 017 024", null, council.careDirectorate.id()));
        CaseDetails changed = new CaseDetails("19 017 024", null, OmbudsmanCategory.HOUSING,
                council.careDirectorate.id(), null, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 15),
                OmbudsmanDecision.UPHELD, null, true, true, "Mrs X ...");

        cases.update(council.feedbackTeam, c.id(), c.version(), changed);

        assertThat(cases.timeline(council.feedbackTeam, c.id()).get(0).summary())
                .contains("category: Adult care services to Housing", "public report: false to true",
                        "remedied by the council: false to true");
        assertThatThrownBy(() -> cases.update(council.feedbackTeam, c.id(), c.version(), changed))
                .isInstanceOf(EditConflict.class);
    }
}
