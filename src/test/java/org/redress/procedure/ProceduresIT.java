package org.redress.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.calendar.Calendars;
import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.BankHolidayRegion;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Policies, choices and suspensions on the database, and the due dates computed from them. */
@SpringBootTest
@TestPropertySource(properties = {"redress.demo-data=false",
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:redress-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}"})
class ProceduresIT {

    @Autowired
    Procedures procedures;

    @Autowired
    Authorities authorities;

    @Autowired
    CouncilStructure structure;

    @Autowired
    Calendars calendars;

    @Test
    void givesANewCouncilTheFiveDefaultProceduresWithCorporateAsDefault() {
        long council = council();

        assertThat(procedures.policies(council)).extracting(ProcedurePolicy::code).containsExactly(
                "corporate", "complaint_handling_code", "adult_social_care", "children_act", "joint_mental_health");
        assertThat(procedures.policies(council)).containsExactlyElementsOf(DefaultPolicies.ALL);
        assertThat(procedures.defaultProcedure(council)).isEqualTo("corporate");
        assertThat(procedures.policy(council, "children_act").lastStage()).isEqualTo(3);
    }

    @Test
    void answersNotFoundForAProcedureTheCouncilDoesNotHave() {
        long council = council();

        assertThatThrownBy(() -> procedures.policy(council, "housing")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> procedures.setDefault(council, "housing")).isInstanceOf(NotFound.class);
    }

    @Test
    void usesAServicesOwnProcedureElseTheCouncilsDefault() {
        long council = council();
        CouncilService olderPeople = service(council, "Older People");
        CouncilService highways = service(council, "Highways");

        procedures.setServiceProcedure(council, olderPeople.id(), "adult_social_care");

        assertThat(procedures.procedureFor(council, olderPeople.id())).isEqualTo("adult_social_care");
        assertThat(procedures.procedureFor(council, highways.id())).isEqualTo("corporate");
        assertThat(procedures.serviceProcedures(council)).containsExactly(
                java.util.Map.entry(olderPeople.id(), "adult_social_care"));

        procedures.setDefault(council, "complaint_handling_code");
        assertThat(procedures.procedureFor(council, highways.id())).isEqualTo("complaint_handling_code");

        procedures.setServiceProcedure(council, olderPeople.id(), null);
        assertThat(procedures.procedureFor(council, olderPeople.id())).isEqualTo("complaint_handling_code");
    }

    @Test
    void refusesToSetTheProcedureOfAnotherCouncilsService() {
        long council = council();
        CouncilService theirs = service(council(), "Highways");

        assertThatThrownBy(() -> procedures.setServiceProcedure(council, theirs.id(), "corporate"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void countsDueDatesOnTheCouncilsCalendar() {
        long council = council();

        assertThat(procedures.startStage(council, "corporate", 1, LocalDate.parse("2020-12-17")))
                .isEqualTo(new StageClock(LocalDate.parse("2020-12-22"), LocalDate.parse("2021-01-19"), 0));

        calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), "Christmas closure");
        assertThat(procedures.startStage(council, "corporate", 1, LocalDate.parse("2020-12-17")))
                .isEqualTo(new StageClock(LocalDate.parse("2020-12-22"), LocalDate.parse("2021-01-20"), 0));
        assertThatThrownBy(() -> procedures.startStage(council, "corporate", 3, LocalDate.parse("2020-12-17")))
                .isInstanceOf(Refused.class).hasMessage("Corporate complaints procedure has no stage 3");
    }

    @Test
    void standsTheClockStillInsideASuspensionWindow() {
        long council = council();
        Suspension lockdown = procedures.addSuspension(council, LocalDate.parse("2021-01-05"),
                LocalDate.parse("2021-02-19"), "Third national lockdown");

        assertThat(procedures.suspensions(council)).containsExactly(lockdown);
        assertThat(procedures.startStage(council, "corporate", 1, LocalDate.parse("2020-12-17")))
                .isEqualTo(new StageClock(LocalDate.parse("2020-12-22"), LocalDate.parse("2021-03-08"), 34));

        procedures.removeSuspension(council, lockdown.id());
        assertThat(procedures.suspensions(council)).isEmpty();
        assertThat(procedures.startStage(council, "corporate", 1, LocalDate.parse("2020-12-17")).responseDue())
                .isEqualTo(LocalDate.parse("2021-01-19"));
    }

    @Test
    void checksASuspensionWindowAndKeepsItToItsCouncil() {
        long council = council();

        assertThatThrownBy(() -> procedures.addSuspension(council, LocalDate.parse("2021-02-19"),
                LocalDate.parse("2021-01-05"), " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("lastDay", "description"));

        Suspension lockdown = procedures.addSuspension(council, LocalDate.parse("2021-01-05"),
                LocalDate.parse("2021-01-05"), "One day");
        long other = council();
        assertThat(procedures.suspensions(other)).isEmpty();
        assertThatThrownBy(() -> procedures.removeSuspension(other, lockdown.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void changesAStagesDayCountsForLaterDueDates() {
        long council = council();

        procedures.updateStageRule(council, "corporate", 1, new StageDays(5, 10, 10, null));

        assertThat(procedures.policy(council, "corporate").stage(1)).contains(
                new StageRule(1, "Stage 1", 5, 10, ClockStart.RECEIPT, 10, null, false));
        assertThat(procedures.startStage(council, "corporate", 1, LocalDate.parse("2020-12-17")))
                .isEqualTo(new StageClock(LocalDate.parse("2020-12-24"), LocalDate.parse("2021-01-05"), 0));
        assertThat(procedures.policy(council(), "corporate").stage(1).orElseThrow().respondWithinWorkingDays())
                .isEqualTo(20);
    }

    @Test
    void refusesDayCountsOutsideTheRules() {
        long council = council();

        assertThatThrownBy(() -> procedures.updateStageRule(council, "corporate", 1, new StageDays(0, null, -1, 6)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("acknowledgeWithinWorkingDays",
                                "respondWithinWorkingDays", "maxAgreedMonths", "maxExtensionWorkingDays"));
        assertThatThrownBy(() -> procedures.updateStageRule(council, "adult_social_care", 1,
                new StageDays(3, 20, 0, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("respondWithinWorkingDays", "maxAgreedMonths"));
        assertThat(procedures.policy(council, "corporate")).isEqualTo(DefaultPolicies.CORPORATE);
    }

    @Test
    void extendsAndAgreesDatesByTheCouncilsPolicy() {
        long council = council();

        assertThat(procedures.extend(council, "complaint_handling_code", 1, LocalDate.parse("2021-01-12"),
                LocalDate.parse("2021-01-12"), 10)).isEqualTo(LocalDate.parse("2021-01-26"));
        assertThatThrownBy(() -> procedures.extend(council, "complaint_handling_code", 1,
                LocalDate.parse("2021-01-12"), LocalDate.parse("2021-01-12"), 11))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("workingDays: The Complaint Handling Code allows at most 10 working days of extension at stage 1");
        assertThat(procedures.agreeResponseDate(council, "adult_social_care", 1, LocalDate.parse("2020-12-17"),
                LocalDate.parse("2021-03-01"), false)).isEqualTo(LocalDate.parse("2021-03-01"));
        assertThat(procedures.responseDueOnAcknowledgement(council, "complaint_handling_code", 1,
                LocalDate.parse("2020-12-17"), LocalDate.parse("2020-12-18"))).isEqualTo(LocalDate.parse("2021-01-06"));
    }

    private long council() {
        String code = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return authorities.create(code, "Test council " + code, AuthorityType.COUNTY,
                BankHolidayRegion.ENGLAND_AND_WALES).id();
    }

    private CouncilService service(long council, String name) {
        long directorate = structure.addDirectorate(council, "Directorate " + name).id();
        return structure.addService(council, directorate, name);
    }
}
