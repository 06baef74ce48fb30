package org.redress.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a report table. Values are numbers, or null where a figure does not apply (a percentage of nothing);
 * never text.
 *
 * @param label what the row counts, e.g. "2020/21", "Difference", a directorate
 * @param unit how to read the values: {@code count}, {@code percent} (whole percentages) or {@code money} (pounds,
 *        to the penny)
 * @param group for tables made of several blocks (table 13: one per directorate), the block's name; else null
 * @param values one per column
 */
public record ReportRow(String label, String unit, String group, List<Number> values) {

    public static final String COUNT = "count";
    public static final String PERCENT = "percent";
    public static final String MONEY = "money";

    public ReportRow {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // List.copyOf refuses the nulls we need
    }

    public static ReportRow counts(String label, List<? extends Number> values) {
        return new ReportRow(label, COUNT, null, new ArrayList<>(values));
    }

    public static ReportRow percents(String label, List<Integer> values) {
        return new ReportRow(label, PERCENT, null, new ArrayList<>(values));
    }

    public static ReportRow money(String label, List<? extends Number> values) {
        return new ReportRow(label, MONEY, null, new ArrayList<>(values));
    }

    public ReportRow inGroup(String name) {
        return new ReportRow(label, unit, name, values);
    }

    public boolean showsPercent() {
        return PERCENT.equals(unit);
    }

    public boolean showsMoney() {
        return MONEY.equals(unit);
    }
}
