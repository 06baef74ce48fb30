package org.redress.platform;

import java.time.LocalDate;

/**
 * A council's financial year, 1 April to 31 March, named by its first calendar year ("2020/21" is {@code 2020}).
 * Quarter 1 is April to June.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public static final int EARLIEST = 1990;
    public static final int LATEST = 2999;

    public FinancialYear {
        if (startYear < EARLIEST || startYear > LATEST) {
            throw new IllegalArgumentException("A financial year between " + EARLIEST + " and " + LATEST);
        }
    }

    /** The year a person or program asked for, refused (naming {@code field}) unless between the first and last. */
    public static FinancialYear asked(String field, int startYear) {
        if (startYear < EARLIEST || startYear > LATEST) {
            throw new InvalidInput(field, "Choose a financial year from " + EARLIEST + " to " + LATEST);
        }
        return new FinancialYear(startYear);
    }

    /** The financial year a day falls in: 31 March 2021 is in 2020/21, 1 April 2021 in 2021/22. */
    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** "2020/21"; the year 1999 is "1999/00". */
    public String name() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** First day of quarter 1 to 4. */
    public LocalDate quarterStart(int quarter) {
        return start().plusMonths(3L * (quarter - 1));
    }

    /** Last day of quarter 1 to 4. */
    public LocalDate quarterEnd(int quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    /** The quarter (1 to 4) a day of this year falls in. */
    public int quarterOf(LocalDate day) {
        return ((day.getMonthValue() + 8) % 12) / 3 + 1;
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return name();
    }
}
