package org.redress.ombudsman;

/**
 * The council's own classification of an Ombudsman decision that was not a detailed investigation, as its annual
 * report tabulates them by directorate (docs/rules.md §12; tables 19 to 22).
 */
public enum CouncilView {
    CLOSED_OUT_OF_JURISDICTION("Closed: out of jurisdiction"),
    CLOSED_NO_FURTHER_ACTION("Closed: no further action"),
    CLOSED_WITHDRAWN("Closed: withdrawn"),
    PREMATURE("Premature");

    private final String label;

    CouncilView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    public boolean closed() {
        return this != PREMATURE;
    }
}
