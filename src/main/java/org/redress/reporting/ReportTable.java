package org.redress.reporting;

import java.util.List;

/**
 * One table of the report, as the JSON API gives it: {@code {"id","title","columns","rows"}}. Every row has one
 * value per column.
 *
 * @param id {@code table-1} ... {@code table-23} as numbered in the council's report; {@code appendix-a-...} for
 *        appendix A; other ids for the figures the report's text quotes
 * @param title the table's caption
 * @param columns the column headings (the row label's heading is not among them)
 * @param rows in order
 * @param percentColumns the columns (counted from 0) that hold whole percentages whatever their row's unit, such as
 *        table 9's "%" column; usually empty
 * @param note what the reader should know to read it right (how it counts), or null
 */
public record ReportTable(String id, String title, List<String> columns, List<ReportRow> rows,
        List<Integer> percentColumns, String note) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        percentColumns = percentColumns == null ? List.of() : List.copyOf(percentColumns);
        for (ReportRow row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException(id + ": row '" + row.label() + "' has " + row.values().size()
                        + " values for " + columns.size() + " columns");
            }
        }
    }

    public ReportTable(String id, String title, List<String> columns, List<ReportRow> rows, String note) {
        this(id, title, columns, rows, List.of(), note);
    }

    /** Whether the cell holds a percentage (its row's unit, or a percentage column). */
    public boolean percentAt(ReportRow row, int column) {
        return row.showsPercent() || percentColumns.contains(column);
    }

    /** Whether the cell holds money. */
    public boolean moneyAt(ReportRow row, int column) {
        return row.showsMoney() && !percentColumns.contains(column);
    }

    /** The row with this label (the first, if groups repeat it). */
    public ReportRow row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no row '" + label + "'"));
    }

    /** The value in the named row and column. */
    public Number value(String rowLabel, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(id + " has no column '" + column + "'");
        }
        return row(rowLabel).values().get(index);
    }

    /** The table's number for the contents ("Table 2"), or its title alone for appendix and other tables. */
    public String caption() {
        if (id.startsWith(TableId.NUMBERED)) {
            return "Table " + id.substring(TableId.NUMBERED.length()) + ": " + title;
        }
        return title;
    }
}
