package org.redress.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report as a workbook a person can find their way round: a contents sheet linking to a sheet per table, each
 * named as the report names it ("Table 8 Reasons", "A1 Adult Social Care"), with its heading row frozen. Numbers are
 * stored as numbers (so they add up in a spreadsheet) and formatted as counts, whole percentages or pounds; "not
 * applicable" is an empty cell.
 */
@Component
class XlsxExport {

    /** Excel's limit on sheet names. */
    static final int MAX_SHEET_NAME = 31;

    private static final String COUNT = "#,##0";
    private static final String PERCENT = "0\"%\"";
    private static final String POUNDS = "\u00a3#,##0.00";

    private final MessageSource messages;

    XlsxExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(AnnualReport report, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Redress", "1.0");
            Map<ReportTable, String> sheetNames = sheetNames(report, this::shortTitle);
            Worksheet contents = workbook.newWorksheet("Contents");
            contents.value(0, 0, report.council() + ": annual customer feedback report " + report.financialYear());
            contents.style(0, 0).bold().fontSize(14).set();
            contents.value(1, 0, "Select a sheet's name to go to it.");
            contents.value(3, 0, "Sheet");
            contents.value(3, 1, "Table");
            contents.range(3, 0, 3, 1).style().bold().set();
            contents.freezePane(0, 4);
            int line = 4;
            for (Map.Entry<ReportTable, String> e : sheetNames.entrySet()) {
                contents.hyperlink(line, 0, HyperLink.internal("'" + e.getValue().replace("'", "''") + "'!A1",
                        e.getValue()));
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
        // the caption and the headings stay in view, and so do the row labels, however far a reader scrolls
        ws.freezePane(first, header + 1);
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
                    ws.style(r, first + c).format(table.moneyAt(row, c) ? POUNDS
                            : table.percentAt(row, c) ? PERCENT : COUNT).set();
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

    /** The short name a table's sheet takes after its number, from the messages ("Reasons" for table 8). */
    private String shortTitle(String id) {
        return messages.getMessage("report.sheet." + id, null, null, LocaleContextHolder.getLocale());
    }

    /**
     * Sheet names as the report names its tables: "Table 8 Reasons"; a directorate's Ombudsman table "Table 19 Adult
     * Social Care"; appendix A's two tables of the first directorate "A1 Adult Social Care" and "A1 Adult Social Care
     * by service". Unique, within Excel's 31 characters (cut at a word where need be), without the characters Excel
     * refuses.
     *
     * @param shortTitle a table's short name by its id, or null to use its title
     */
    static Map<ReportTable, String> sheetNames(AnnualReport report, Function<String, String> shortTitle) {
        Map<ReportTable, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        used.add("contents");
        int appendix = 0;
        for (ReportTable t : report.tables()) {
            String id = t.id();
            String directorate = t.title().contains(": ") ? t.title().substring(0, t.title().indexOf(": ")) : t.title();
            String name;
            if (id.startsWith("appendix-a-") && id.endsWith("-feedback")) {
                appendix++;
                name = fit("A" + appendix + " ", directorate, "");
            } else if (id.startsWith("appendix-a-")) {
                name = fit("A" + Math.max(appendix, 1) + " ", directorate, " by service");
            } else if (id.startsWith("ombudsman-outcomes-")) {
                name = fit("Ombudsman ", directorate, "");
            } else {
                String number = id.startsWith(TableId.NUMBERED) ? "Table " + id.substring(TableId.NUMBERED.length())
                        + " " : "";
                String words = shortTitle.apply(id);
                name = fit(number, words != null ? words : number.isEmpty() ? t.title() : directorate, "");
            }
            String candidate = name;
            for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = fit("", name, " " + n);
            }
            names.put(t, candidate);
        }
        return names;
    }

    /** prefix + words + suffix within Excel's limit, the words cut at a space where they must be cut. */
    private static String fit(String prefix, String words, String suffix) {
        String clean = words.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^'+|'+$", "");
        int room = MAX_SHEET_NAME - prefix.length() - suffix.length();
        if (clean.length() > room) {
            int space = clean.lastIndexOf(' ', room);
            clean = (space > 0 ? clean.substring(0, space) : clean.substring(0, room))
                    // a name cut short ends on a word that says something, not "and" or a comma
                    .replaceAll("(?i)([\\s,;&-]+(and|of|the|for))+$|[\\s,;&-]+$", "").strip();
        }
        return (prefix + clean + suffix).strip();
    }
}
