package org.redress.reporting;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.redress.platform.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;


/**
 * The report as a PDF for a committee: a cover, a contents list, numbered tables and the charts, with real (selectable)
 * text. The page is the Thymeleaf template {@code reporting/pdf.html}, written as XHTML because the renderer parses
 * XML; the charts are the same SVG the web page shows.
 */
@Component
class ReportPdf {

    private final ITemplateEngine templates;
    private final ReportCharts charts;

    ReportPdf(ITemplateEngine templates, ReportCharts charts) {
        this.templates = templates;
        this.charts = charts;
    }

    void write(AnnualReport report, OutputStream out) {
        String html = templates.process("reporting/pdf", new Context(Locale.UK, Map.of(
                "report", report, "fmt", new ReportFormat(), "charts", charts.all(report))));
        Pdf.render(html, out);
    }
}
