package org.redress.ombudsman;

import java.time.LocalDate;

/** A financial year, 1 April to 31 March, named by its first year: 2019 is "2019/20". */
public record FinancialYear(int firstYear) {

    public static FinancialYear of(int firstYear) {
        return new FinancialYear(firstYear);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(firstYear + 1, 3, 31);
    }

    public FinancialYear previous() {
        return new FinancialYear(firstYear - 1);
    }

    /** "2019/20". */
    public String label() {
        return firstYear + "/" + String.format("%02d", (firstYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
