package org.redress.procedure;

import static org.redress.procedure.ClockStart.ACKNOWLEDGEMENT;
import static org.redress.procedure.ClockStart.RECEIPT;

import java.util.List;

/** The five procedures every new council starts with (docs/rules.md §4); it may then change their day counts. */
final class DefaultPolicies {

    static final String DEFAULT_CODE = "corporate";

    private static final String LGSCO = "Local Government and Social Care Ombudsman";

    /**
     * The corporate procedure sets no limit on extensions; 20 working days (one more stage period) keeps a
     * runaway extension visible. The same for the joint NHS response, whose limit is agreed case by case.
     */
    static final ProcedurePolicy CORPORATE = new ProcedurePolicy("corporate", "Corporate complaints procedure",
            ProcedureKind.CORPORATE, List.of(
                    new StageRule(1, "Stage 1", 3, 20, RECEIPT, 20, null, false),
                    new StageRule(2, "Stage 2", 3, 20, RECEIPT, 20, null, false)),
            LGSCO);

    /**
     * The Code's two stages count from acknowledgement; stage 2 must be someone other than the stage 1 handler.
     * Extensions: at most 10 working days at stage 1 and 20 at stage 2 (docs/complaint-handling-code.md cites the
     * paragraphs); "without good reason" is the officer's call, so Redress holds the line and a longer one is a
     * council's own change of the day counts.
     */
    static final ProcedurePolicy COMPLAINT_HANDLING_CODE = new ProcedurePolicy("complaint_handling_code",
            "Complaint Handling Code", ProcedureKind.COMPLAINT_HANDLING_CODE, List.of(
                    new StageRule(1, "Stage 1", 5, 10, ACKNOWLEDGEMENT, 10, null, false),
                    new StageRule(2, "Stage 2", 5, 20, ACKNOWLEDGEMENT, 20, null, true)),
            LGSCO);

    /** SI 2009/309: one local stage answered by a date agreed with the complainant; the Ombudsman is the second. */
    static final ProcedurePolicy ADULT_SOCIAL_CARE = new ProcedurePolicy("adult_social_care",
            "Adult social care statutory procedure", ProcedureKind.ADULT_SOCIAL_CARE, List.of(
                    new StageRule(1, "Local resolution", 3, null, RECEIPT, 0, 6, false)),
            LGSCO);

    /**
     * SI 2006/1738. The regulations set no acknowledgement period (docs/rules.md §4), so none is seeded rather
     * than inventing a target the council would be measured against; a council that promises one can set it.
     * Stage 2 is investigated by an officer and an independent person from outside the service, and stage 3 is an
     * independent panel, so neither may be the previous stage's handler. Extensions: stage 1 to 20 days in all,
     * stage 2 to 65; the panel date is fixed.
     */
    static final ProcedurePolicy CHILDREN_ACT = new ProcedurePolicy("children_act",
            "Children Act representations procedure", ProcedureKind.CHILDREN_ACT, List.of(
                    new StageRule(1, "Stage 1: local resolution", null, 10, RECEIPT, 10, null, false),
                    new StageRule(2, "Stage 2: investigation", null, 25, RECEIPT, 40, null, true),
                    new StageRule(3, "Stage 3: review panel", null, 30, RECEIPT, 0, null, true)),
            LGSCO);

    static final ProcedurePolicy JOINT_MENTAL_HEALTH = new ProcedurePolicy("joint_mental_health",
            "Joint mental health response", ProcedureKind.JOINT_MENTAL_HEALTH, List.of(
                    new StageRule(1, "Joint response", 3, 30, RECEIPT, 20, null, false)),
            LGSCO + " or Parliamentary and Health Service Ombudsman");

    /**
     * The procedure a setting names as a new council's default, checked at start-up so that a mistyped setting stops
     * the application with a message rather than every new council failing later.
     */
    static String newCouncilDefault(String setting) {
        String code = setting == null || setting.isBlank() ? DEFAULT_CODE : setting.strip();
        if (ALL.stream().noneMatch(p -> p.code().equals(code))) {
            throw new IllegalStateException("REDRESS_AUTHORITY_PROCEDURE is '" + setting + "'; use one of "
                    + ALL.stream().map(ProcedurePolicy::code).toList());
        }
        return code;
    }

    static final List<ProcedurePolicy> ALL = List.of(CORPORATE, COMPLAINT_HANDLING_CODE, ADULT_SOCIAL_CARE,
            CHILDREN_ACT, JOINT_MENTAL_HEALTH);

    private DefaultPolicies() {
    }
}
