package org.redress.reporting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a cell reads on the page and in the PDF: counts with thousands separators, percentages with "%", money in
 * pounds and pence, and "n/a" where a figure does not apply. The downloads (JSON, CSV, XLSX) carry the numbers
 * themselves, never these strings.
 */
public final class ReportFormat {

    public static final String NOT_APPLICABLE = "n/a";

    public String cell(ReportTable table, ReportRow row, int column) {
        Number n = row.values().get(column);
        if (n == null) {
            return NOT_APPLICABLE;
        }
        if (table.percentAt(row, column)) {
            return n.longValue() + "%";
        }
        if (table.moneyAt(row, column)) {
            return money(n);
        }
        return NumberFormat.getIntegerInstance(Locale.UK).format(n.longValue());
    }

    /** Whether row {@code index} starts a new block of a grouped table (table 13), so a heading goes above it. */
    public boolean startsGroup(ReportTable table, int index) {
        ReportRow row = table.rows().get(index);
        return row.group() != null && (index == 0 || !row.group().equals(table.rows().get(index - 1).group()));
    }

    /** The anchor of a table in the page: its id. */
    public String anchor(ReportTable table) {
        return table.id();
    }

    public String money(Number n) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.doubleValue()));
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }
}
