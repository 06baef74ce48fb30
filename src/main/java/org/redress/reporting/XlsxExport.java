package org.redress.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as a workbook: a contents sheet, then a sheet per table. Numbers are stored as numbers (so they add up
 * in a spreadsheet), percentages as whole numbers with a "%" heading note, money with two decimals; "not
 * applicable" is an empty cell.
 */
final class XlsxExport {

    /** Excel's limit on sheet names. */
    static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {
    }

    static void write(AnnualReport report, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Redress", "1.0");
            Map<ReportTable, String> sheetNames = sheetNames(report);
            Worksheet contents = workbook.newWorksheet("Contents");
            contents.value(0, 0, report.council() + ": annual customer feedback report " + report.financialYear());
            contents.style(0, 0).bold().set();
            contents.value(2, 0, "Sheet");
            contents.value(2, 1, "Table");
            contents.style(2, 0).bold().set();
            contents.style(2, 1).bold().set();
            int line = 3;
            for (Map.Entry<ReportTable, String> e : sheetNames.entrySet()) {
                contents.value(line, 0, e.getValue());
                contents.value(line, 1, e.getKey().caption());
                line++;
            }
            contents.width(0, 34);
            contents.width(1, 90);
            for (Map.Entry<ReportTable, String> e : sheetNames.entrySet()) {
                sheet(workbook.newWorksheet(e.getValue()), e.getKey());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet ws, ReportTable table) {
        boolean grouped = table.rows().stream().anyMatch(r -> r.group() != null);
        int first = grouped ? 2 : 1;
        ws.value(0, 0, table.caption());
        ws.style(0, 0).bold().set();
        int header = 2;
        if (grouped) {
            ws.value(header, 0, "Group");
        }
        ws.value(header, first - 1, "Row");
        for (int c = 0; c < table.columns().size(); c++) {
            ws.value(header, first + c, FormulaSafe.text(table.columns().get(c)));
        }
        ws.range(header, 0, header, first + table.columns().size() - 1).style().bold().wrapText(true).set();
        int r = header + 1;
        for (ReportRow row : table.rows()) {
            if (grouped) {
                ws.value(r, 0, FormulaSafe.text(row.group()));
            }
            ws.value(r, first - 1, FormulaSafe.text(row.label()));
            for (int c = 0; c < row.values().size(); c++) {
                Number n = row.values().get(c);
                if (n != null) {
                    ws.value(r, first + c, n);
                    if (table.moneyAt(row, c)) {
                        ws.style(r, first + c).format("#,##0.00").set();
                    } else if (table.percentAt(row, c)) {
                        ws.style(r, first + c).format("0\"%\"").set();
                    }
                }
            }
            r++;
        }
        if (table.note() != null) {
            ws.value(r + 1, 0, table.note());
        }
        ws.width(first - 1, 48);
        if (grouped) {
            ws.width(0, 40);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            ws.width(first + c, 16);
        }
    }

    /** Unique sheet names within Excel's 31 characters: the table id, shortened where need be. */
    static Map<ReportTable, String> sheetNames(AnnualReport report) {
        Map<ReportTable, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        used.add("contents");
        for (ReportTable t : report.tables()) {
            String name = t.id().replaceAll("[\\[\\]:*?/\\\\]", "-");
            if (name.length() > MAX_SHEET_NAME && name.startsWith("appendix-a-")) {
                // keep the part that tells the two appendix tables of a directorate apart
                String rest = name.substring("appendix-a-".length());
                int cut = rest.lastIndexOf('-');
                String suffix = cut < 0 ? "" : " " + rest.substring(cut + 1);
                String slug = cut < 0 ? rest : rest.substring(0, cut);
                name = "A " + slug.substring(0, Math.min(slug.length(), MAX_SHEET_NAME - 2 - suffix.length()))
                        + suffix;
            }
            if (name.length() > MAX_SHEET_NAME) {
                name = name.substring(0, MAX_SHEET_NAME);
            }
            String candidate = name;
            for (int n = 2; !used.add(candidate.toLowerCase()); n++) {
                String suffix = "~" + n;
                candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
            }
            names.put(t, candidate);
        }
        return names;
    }
}
