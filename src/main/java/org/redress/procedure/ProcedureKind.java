package org.redress.procedure;

/** The kinds of complaints procedure in docs/rules.md §4; a council may configure the day counts of each. */
public enum ProcedureKind {
    CORPORATE,
    COMPLAINT_HANDLING_CODE,
    ADULT_SOCIAL_CARE,
    CHILDREN_ACT,
    JOINT_MENTAL_HEALTH
}
