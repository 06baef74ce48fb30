package org.redress.conduct;

import java.util.Arrays;
import java.util.List;

/** The two rows of the annual report's table 16, in the report's order. */
public enum Table16Row {
    NO_ACTION_OR_DISMISSED("No action or resolved upon receipt; dismissed by the Monitoring Officer"),
    /** Includes a sanction after an investigation found a breach: action was taken about the councillor. */
    ACTION_TAKEN("Action taken by party");

    private final String label;

    Table16Row(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome keys counted in this row. */
    public List<String> outcomeKeys() {
        return Arrays.stream(ConductOutcome.values()).filter(o -> o.row() == this).map(ConductOutcome::key).toList();
    }
}
