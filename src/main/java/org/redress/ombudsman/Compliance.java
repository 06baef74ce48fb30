package org.redress.ombudsman;

/** The Ombudsman's compliance outcome for a recommendation. */
public enum Compliance {
    COMPLIED("Complied"),
    COMPLIED_LATE("Complied late"),
    NOT_COMPLIED("Not complied");

    private final String label;

    Compliance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    /** Whether the recommendation was implemented: late compliance still counts towards the compliance rate. */
    public boolean implemented() {
        return this != NOT_COMPLIED;
    }
}
