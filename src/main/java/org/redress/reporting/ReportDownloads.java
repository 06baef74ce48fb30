package org.redress.reporting;

import org.redress.platform.FinancialYear;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The report in each format a reader can ask for, with the same checks of the request for the API and the staff
 * pages: JSON (the API's default), CSV (one table, or a zip of all), XLSX and PDF.
 */
@Component
class ReportDownloads {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    enum Format {
        JSON, CSV, XLSX, PDF;

        static Format parse(String value) {
            if (value == null || value.isBlank()) {
                return JSON;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("format", "Choose json, csv, xlsx or pdf, not '" + value + "'");
            }
        }
    }

    private final AnnualFeedbackReport reports;
    private final ReportPdf pdf;
    private final XlsxExport xlsx;
    private final Clock clock;

    ReportDownloads(AnnualFeedbackReport reports, ReportPdf pdf, XlsxExport xlsx, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.clock = clock;
    }

    /** The financial year asked for: from 1990 to the current one. */
    FinancialYear year(Integer year) {
        FinancialYear current = FinancialYear.of(LocalDate.now(clock));
        if (year == null) {
            throw new InvalidInput("year", "Give the financial year by its first year, e.g. 2020 for 2020/21");
        }
        if (year < FinancialYear.EARLIEST || year > current.startYear()) {
            throw new InvalidInput("year", "Choose a financial year from " + FinancialYear.EARLIEST + " to "
                    + current.startYear() + " (" + current.name() + "), not " + year);
        }
        return new FinancialYear(year);
    }

    AnnualFeedbackReport.Options options(String tag, Integer remedyThreshold) {
        if (tag != null && tag.strip().length() > 100) {
            throw new InvalidInput("tag", "A tag is 100 characters or fewer");
        }
        if (remedyThreshold != null && remedyThreshold < 0) {
            throw new InvalidInput("remedyThreshold", "Give 0 or more, not " + remedyThreshold);
        }
        return new AnnualFeedbackReport.Options(tag, remedyThreshold);
    }

    /**
     * The council's annual report for one who sees the whole council. It is the council's report to its governance
     * committee, every directorate side by side, so staff scoped to one directorate or service are refused it, in
     * every format alike; the dashboard shows a directorate its own figures.
     */
    AnnualReport report(StaffUser user, FinancialYear year, AnnualFeedbackReport.Options options) {
        requireWholeCouncil(user);
        return reports.build(user.authorityId(), year, options);
    }

    /** Refuses the report to staff scoped to part of the council, before anything they asked for is read. */
    static void requireWholeCouncil(StaffUser user) {
        if (!user.seesWholeCouncil()) {
            throw new AccessDeniedException("These figures cover the whole council; staff scoped to one "
                    + "directorate or service see their figures on the dashboard");
        }
    }

    /** The report, or one table of it, in the format asked for. */
    ResponseEntity<?> respond(AnnualReport report, Format format, String tableId) {
        ReportTable table = null;
        if (tableId != null && !tableId.isBlank()) {
            table = report.table(tableId.strip()).orElseThrow(() -> new InvalidInput("table",
                    "The report has no table '" + tableId + "'; its tables are " + report.tables().stream()
                            .map(ReportTable::id).toList()));
        }
        String base = "annual-feedback-report-" + report.financialYear().replace('/', '-');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case JSON -> {
                if (table != null) {
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
                }
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            }
            case CSV -> {
                if (table != null) {
                    CsvExport.write(table, out);
                    return file(out, CSV, base + "-" + table.id() + ".csv");
                }
                CsvExport.zip(report, out);
                return file(out, ZIP, base + "-csv.zip");
            }
            case XLSX -> {
                xlsx.write(report, out);
                return file(out, XLSX, base + ".xlsx");
            }
            case PDF -> {
                pdf.write(report, out);
                return file(out, MediaType.APPLICATION_PDF, base + ".pdf");
            }
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(out.toByteArray());
    }
}
