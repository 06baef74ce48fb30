package org.redress.ombudsman;

/** What the Ombudsman recommended the council do to put things right. */
public enum RecommendationType {
    APOLOGY("Apology"),
    /** Carries an amount; once paid it is recorded in the linked case's payments, with the Ombudsman as source. */
    PAYMENT("Payment"),
    PROCEDURE_CHANGE("Procedure change"),
    STAFF_TRAINING("Staff training"),
    AUDIT_OF_SIMILAR_CASES("Audit of similar cases"),
    SERVICE_IMPROVEMENT("Service improvement"),
    OTHER("Other");

    private final String label;

    RecommendationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }
}
