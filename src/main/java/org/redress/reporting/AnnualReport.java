package org.redress.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The annual customer feedback report of one council for one financial year, as the JSON API gives it:
 * {@code {"financialYear":"2020/21","tables":[...]}}.
 *
 * @param financialYear e.g. "2020/21"
 * @param year the first calendar year of it, e.g. 2020
 * @param council the council's name
 * @param from first day counted
 * @param to last day counted
 * @param suspensions the periods in or touching the year when the council suspended its targets; every timeliness
 *        figure they affect is read with them in mind
 * @param tables in report order
 */
public record AnnualReport(String financialYear, int year, String council, LocalDate from, LocalDate to,
        List<SuspendedPeriod> suspensions, List<ReportTable> tables) {

    /** A period when targets were suspended (procedure module's suspension windows). */
    public record SuspendedPeriod(LocalDate firstDay, LocalDate lastDay, String description) {
    }

    public AnnualReport {
        suspensions = List.copyOf(suspensions);
        tables = List.copyOf(tables);
    }

    public Optional<ReportTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
