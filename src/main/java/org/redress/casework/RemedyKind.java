package org.redress.casework;

/** What the council did to put things right (docs/rules.md §8, remedy actions; Complaint Handling Code §7.1). */
public enum RemedyKind {
    FORMAL_APOLOGY("Formal apology"),
    EXPLANATION("Explanation"),
    DISCUSS_AT_TEAM_MEETING("Discuss at team meeting"),
    STAFF_TRAINING_OR_GUIDANCE("Arrange staff training or guidance"),
    CHANGE_OR_REVIEW_COMMUNICATIONS("Change or review communications"),
    PROVIDED_SERVICE_REQUESTED("Provided service requested"),
    CHANGE_OR_REVIEW_SERVICE("Change or review service"),
    CHANGE_OR_REVIEW_POLICY_OR_PROCEDURE("Change or review policy or procedure"),
    FINANCIAL_REMEDY("Financial remedy"),
    AMEND_A_RECORD("Amend a record"),
    RECONSIDER_A_DECISION("Reconsider a decision");

    private final String label;

    RemedyKind(String label) { this.label = label; }

    public String label() { return label; }

    public String key() { return name().toLowerCase(); }

    public static RemedyKind fromKey(String key) {
        return Vocabulary.parse(RemedyKind.class, key, "remedy action");
    }
}
