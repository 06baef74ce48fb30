package org.redress.ombudsman;

/** The Ombudsman's decision on a complaint (docs/rules.md §12; the annual report's table 18), in its order. */
public enum OmbudsmanDecision {
    INCOMPLETE_OR_INVALID("Incomplete or invalid"),
    /** Used by the Ombudsman in older years. */
    ADVICE_GIVEN("Advice given"),
    REFERRED_BACK("Referred back for local resolution"),
    CLOSED_AFTER_INITIAL_ENQUIRIES("Closed after initial enquiries"),
    NOT_UPHELD("Not upheld"),
    /** Fault found, including where the council had already put it right. */
    UPHELD("Upheld");

    private final String label;

    OmbudsmanDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    /** Upheld and not upheld follow a detailed investigation; the uphold rate counts only these. */
    public boolean detailedInvestigation() {
        return this == UPHELD || this == NOT_UPHELD;
    }
}
