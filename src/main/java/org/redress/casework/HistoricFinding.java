package org.redress.casework;

/**
 * Something found in one earlier record by {@link HistoricCases}: an error, which stops the load, or a warning, where
 * the record disagrees with Redress's own calendar or rules but is kept as recorded.
 *
 * @param record the record's position in the load, from 0
 * @param stage 0 for the case as a whole, else the stage's position from 1 ({@code stages[stage - 1]})
 * @param field the field within the case or stage, as the record names it ({@code delayReason},
 *        {@code reasons[2]}), or empty for the whole stage
 */
public record HistoricFinding(int record, int stage, String field, String message, boolean warning) {

    /** The field within the record: {@code status}, {@code stages[1].delayReason}. */
    public String path() {
        if (stage == 0) {
            return field;
        }
        return "stages[" + (stage - 1) + "]" + (field.isEmpty() ? "" : "." + field);
    }

    /** The field within the load: {@code cases[12].stages[1].delayReason}. */
    public String name() {
        String path = path();
        return "cases[" + record + "]" + (path.isEmpty() ? "" : "." + path);
    }

    /** For people: "Record 12: stages[1].delayReason is not one of the council's delay reasons". */
    public String describe() {
        String path = path();
        return "Record " + record + ": " + (path.isEmpty() ? "" : path + " ") + message;
    }
}
