package org.redress.conduct;

import java.util.Arrays;
import java.util.List;

/**
 * What the Monitoring Officer decided about a conduct complaint: at assessment, or after an investigation for a
 * complaint referred for one. Each final outcome belongs to one of table 16's two rows.
 */
public enum ConductOutcome {
    NO_ACTION("No action", Step.ASSESSMENT, Table16Row.NO_ACTION_OR_DISMISSED),
    RESOLVED_UPON_RECEIPT("Resolved upon receipt", Step.ASSESSMENT, Table16Row.NO_ACTION_OR_DISMISSED),
    DISMISSED("Dismissed by the Monitoring Officer", Step.ASSESSMENT, Table16Row.NO_ACTION_OR_DISMISSED),
    /** The councillor's political group dealt with it (an apology, training, a group sanction). */
    ACTION_TAKEN_BY_PARTY("Action taken by party", Step.ASSESSMENT, Table16Row.ACTION_TAKEN),
    /** Not final: the complaint waits for the investigation's finding. */
    REFERRED_FOR_INVESTIGATION("Referred for investigation", Step.ASSESSMENT, null),
    NO_BREACH_FOUND("No breach found after investigation", Step.INVESTIGATION, Table16Row.NO_ACTION_OR_DISMISSED),
    BREACH_FOUND_WITH_SANCTION("Breach found, with sanction", Step.INVESTIGATION, Table16Row.ACTION_TAKEN);

    /** When the outcome can be decided. */
    public enum Step {
        ASSESSMENT, INVESTIGATION
    }

    private final String label;
    private final Step step;
    private final Table16Row row;

    ConductOutcome(String label, Step step, Table16Row row) {
        this.label = label;
        this.step = step;
        this.row = row;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    public Step step() {
        return step;
    }

    /** The row of table 16 this outcome is counted in; null for a referral, which is not an outcome yet. */
    public Table16Row row() {
        return row;
    }

    public boolean isFinal() {
        return row != null;
    }

    public static List<ConductOutcome> at(Step step) {
        return Arrays.stream(values()).filter(o -> o.step == step).toList();
    }

    /** The outcome with this key; IllegalArgumentException naming the choices otherwise. */
    public static ConductOutcome fromKey(String key) {
        String wanted = key == null ? "" : key.strip().toUpperCase().replace('-', '_');
        return Arrays.stream(values()).filter(o -> o.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not an outcome: use one of "
                        + String.join(", ", Arrays.stream(values()).map(ConductOutcome::key).toList())));
    }
}
