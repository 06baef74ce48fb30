package org.redress.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Report tables as CSV (RFC 4180, UTF-8): a header row of the row heading and the columns, then one line per row.
 * Numbers are plain (no thousands separators, money to the penny), percentages whole numbers, "not applicable" an
 * empty cell. A table made of blocks (table 13) gets a leading "Group" column.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(ReportTable table, Writer out) throws IOException {
        boolean grouped = table.rows().stream().anyMatch(r -> r.group() != null);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        if (grouped) {
            header.add("Group");
        }
        header.add("Row");
        table.columns().forEach(column -> header.add(FormulaSafe.text(column)));
        csv.printRecord(header);
        for (ReportRow row : table.rows()) {
            List<Object> cells = new ArrayList<>();
            if (grouped) {
                cells.add(FormulaSafe.text(row.group()));
            }
            cells.add(FormulaSafe.text(row.label()));
            for (Number n : row.values()) {
                cells.add(n == null ? "" : n instanceof BigDecimal b ? b.toPlainString() : n.toString());
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    static void write(ReportTable table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(table, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table as {@code <id>.csv} in one zip. */
    static void zip(AnnualReport report, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ReportTable table : report.tables()) {
                zip.putNextEntry(new ZipEntry(table.id() + ".csv"));
                write(table, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
