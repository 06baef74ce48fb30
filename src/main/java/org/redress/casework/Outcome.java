package org.redress.casework;

/** The finding of a complaint stage (docs/rules.md §5, outcomes; the annual report's tables 5 and 6). */
public enum Outcome {
    NOT_UPHELD("Not upheld"),
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    RESOLVED_UPON_RECEIPT("Resolved upon receipt");

    private final String label;

    Outcome(String label) { this.label = label; }

    public String label() { return label; }

    public String key() { return name().toLowerCase(); }

    public static Outcome fromKey(String key) {
        return Vocabulary.parse(Outcome.class, key, "outcome");
    }
}
