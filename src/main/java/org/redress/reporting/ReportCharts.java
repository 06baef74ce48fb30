package org.redress.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The report's charts as SVG drawn on the server, so the web page and the PDF show the same picture and nothing runs
 * in the browser. Each chart is a horizontal bar chart with a title and a description (read out by screen readers
 * through {@code role="img"} and {@code aria-labelledby}) and is drawn from a table of the report, which the page
 * shows with it: the table is the accessible form of the chart.
 */
@Component
public class ReportCharts {

    static final int WIDTH = 680;
    static final int LABEL_WIDTH = 280;
    static final int BAR = 14;
    static final int GAP = 10;
    /** Room a value written beside a bar takes, such as "100%" at 13px. */
    static final int VALUE_WIDTH = 36;
    static final String[] COLOURS = {"#1d70b8", "#505a5f", "#00703c", "#d4351c"};

    /**
     * A chart and the table it draws.
     *
     * @param id unique in the page, e.g. {@code chart-delay-reasons}
     * @param tableId the report table that holds its data
     * @param svg the drawing, ready to put in the page
     */
    public record Chart(String id, String title, String description, String tableId, String svg) {
    }

    /** One series of bars: a name for the key, and a value per category (null draws no bar). */
    record Series(String name, List<Number> values) {
    }

    /** The four charts of the report, for those of their tables the report has. */
    public List<Chart> all(AnnualReport report) {
        List<Chart> charts = new ArrayList<>();
        report.table(TableId.TABLE_11.id()).ifPresent(t -> charts.add(delayReasons(t)));
        report.table(TableId.COMPENSATION_BY_REASON.id()).ifPresent(t -> charts.add(compensationByReason(t)));
        report.table(TableId.TABLE_2.id()).ifPresent(t -> charts.add(volumesByDirectorate(report)));
        report.table("timeliness").ifPresent(t -> charts.add(timeliness(t)));
        return charts;
    }

    Chart delayReasons(ReportTable t) {
        List<ReportRow> rows = t.rows().stream().filter(r -> !r.label().equals("Total")).toList();
        List<String> labels = rows.stream().map(ReportRow::label).toList();
        List<Series> series = List.of(
                new Series(t.columns().get(0), rows.stream().map(r -> r.values().get(0)).toList()),
                new Series(t.columns().get(1), rows.stream().map(r -> r.values().get(1)).toList()));
        String title = "Delay reasons given for late responses, " + t.columns().get(0) + " and " + t.columns().get(1);
        String description = describe(labels, series, "");
        return new Chart("chart-delay-reasons", title, description, t.id(),
                bars("chart-delay-reasons", title, description, labels, series, "", null));
    }

    Chart compensationByReason(ReportTable t) {
        List<String> labels = t.rows().stream().map(ReportRow::label).toList();
        List<Series> series = List.of(new Series(t.columns().get(0),
                t.rows().stream().map(r -> r.values().get(0)).toList()));
        String title = "Money paid because of complaints, by complaint reason, " + t.columns().get(0);
        String description = describe(labels, series, "£");
        return new Chart("chart-compensation-by-reason", title, description, t.id(),
                bars("chart-compensation-by-reason", title, description, labels, series, "£", null));
    }

    Chart volumesByDirectorate(AnnualReport report) {
        List<ReportTable> appendix = report.tables().stream().filter(t -> t.id().startsWith("appendix-a-")
                && t.id().endsWith("-feedback")).toList();
        List<String> labels = appendix.stream().map(t -> t.title().replace(": all feedback received", "")).toList();
        List<Series> series = new ArrayList<>();
        if (!appendix.isEmpty()) {
            List<ReportRow> years = appendix.get(0).rows();
            for (int y = years.size() - 1; y >= 0; y--) {
                int year = y;
                series.add(new Series(years.get(y).label(),
                        appendix.stream().map(t -> t.rows().get(year).values().get(0)).toList()));
            }
        }
        String title = "Stage 1 complaints received by directorate over three years";
        String description = describe(labels, series, "");
        return new Chart("chart-volumes", title, description, TableId.TABLE_2.id(),
                bars("chart-volumes", title, description, labels, series, "", null));
    }

    Chart timeliness(ReportTable t) {
        List<ReportRow> quarters = t.rows().subList(0, 4);
        List<String> labels = quarters.stream().map(ReportRow::label).toList();
        List<Series> series = List.of(new Series("% on time",
                quarters.stream().map(r -> r.values().get(2)).toList()));
        Number standard = quarters.get(0).values().get(3);
        String title = "Stage 1 complaints responded to on time by quarter, against the standard of " + standard + "%";
        String description = describe(labels, series, "%") + " The standard is " + standard + "%.";
        return new Chart("chart-timeliness", title, description, t.id(),
                bars("chart-timeliness", title, description, labels, series, "%", standard));
    }

    /** "Complex case: 216 in 2020/21, 237 in 2019/20. Workload: ..." */
    private static String describe(List<String> labels, List<Series> series, String unit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            text.append(labels.get(i)).append(": ");
            for (int s = 0; s < series.size(); s++) {
                Number n = series.get(s).values().get(i);
                text.append(s == 0 ? "" : ", ").append(format(n, unit));
                if (series.size() > 1) {
                    text.append(" in ").append(series.get(s).name());
                }
            }
            text.append(i == labels.size() - 1 ? "." : "; ");
        }
        return text.toString();
    }

    private static String format(Number n, String unit) {
        if (n == null) {
            return "not applicable";
        }
        if ("£".equals(unit)) {
            return new ReportFormat().money(n);
        }
        String plain = n instanceof java.math.BigDecimal b ? b.toPlainString() : String.format(Locale.UK, "%,d",
                n.longValue());
        return "%".equals(unit) ? plain + "%" : plain;
    }

    /**
     * Horizontal bars: a block per category with a bar per series, the value written at the end of each bar, a key
     * when there is more than one series, and an optional dashed line for a standard (percent charts run 0-100).
     */
    static String bars(String id, String title, String description, List<String> labels, List<Series> series,
            String unit, Number standard) {
        double max = "%".equals(unit) ? 100 : 0;
        for (Series s : series) {
            for (Number n : s.values()) {
                if (n != null) {
                    max = Math.max(max, n.doubleValue());
                }
            }
        }
        if (max <= 0) {
            max = 1;
        }
        int plot = WIDTH - LABEL_WIDTH - 90;
        int keyHeight = series.size() > 1 ? 24 : 0;
        int block = series.size() * BAR + GAP;
        int top = 10 + keyHeight;
        int height = top + labels.size() * block + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"redress-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
        if (series.size() > 1) {
            int x = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\"/>");
                svg.append("<text x=\"").append(x + 18).append("\" y=\"16\" fill=\"#0b0c0c\">")
                        .append(esc(series.get(s).name())).append("</text>");
                x += 120;
            }
        }
        // Where the standard's line falls, so that no value is written across it.
        int standardX = standard == null ? -1 : LABEL_WIDTH + (int) Math.round(standard.doubleValue() / max * plot);
        for (int i = 0; i < labels.size(); i++) {
            int y = top + i * block;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
                    .append(y + series.size() * BAR / 2 + 4).append("\" text-anchor=\"end\" fill=\"#0b0c0c\">")
                    .append(esc(shorten(labels.get(i)))).append("</text>");
            for (int s = 0; s < series.size(); s++) {
                Number n = series.get(s).values().get(i);
                int barY = y + s * BAR;
                int w = n == null ? 0 : (int) Math.round(Math.max(0, n.doubleValue()) / max * plot);
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barY).append("\" width=\"")
                        .append(w).append("\" height=\"").append(BAR - 2).append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\"/>");
                int valueX = LABEL_WIDTH + w + 4;
                if (standardX >= 0 && valueX < standardX + 4 && valueX + VALUE_WIDTH > standardX - 2) {
                    valueX = standardX + 6;
                }
                svg.append("<text x=\"").append(valueX).append("\" y=\"").append(barY + BAR - 4)
                        .append("\" fill=\"#0b0c0c\">").append(esc(format(n, unit))).append("</text>");
            }
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(top - 4).append("\" x2=\"")
                .append(LABEL_WIDTH).append("\" y2=\"").append(height - 16).append("\" stroke=\"#0b0c0c\"/>");
        if (standard != null) {
            int x = standardX;
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 16)
                    .append("\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.append("<text x=\"").append(x).append("\" y=\"").append(height - 3)
                    .append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">Standard ").append(standard)
                    .append("%</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String shorten(String label) {
        return label.length() <= 36 ? label : label.substring(0, 34) + "…";
    }

    private static String esc(String text) {
        // XML-safe for the PDF's parser as well as HTML: numeric references only
        return HtmlUtils.htmlEscapeDecimal(text);
    }
}
