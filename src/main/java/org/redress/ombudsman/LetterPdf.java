package org.redress.ombudsman;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.redress.platform.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;


/** Annual review letters as PDF: the letter's XHTML template, with its SVG chart, through openhtmltopdf. */
@Component
class LetterPdf {

    private final ITemplateEngine templates;

    LetterPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(AnnualLetter letter, String chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(letter, chart, out);
        return out.toByteArray();
    }

    /** Every letter as one zip, written as it goes so hundreds of letters need not sit in memory. */
    void zip(List<AnnualLetter> letters, List<String> charts, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < letters.size(); i++) {
                AnnualLetter letter = letters.get(i);
                zip.putNextEntry(new ZipEntry(fileName(letter)));
                zip.write(pdf(letter, charts.get(i)));
                zip.closeEntry();
            }
        }
    }

    static String fileName(AnnualLetter letter) {
        return "annual-review-" + letter.authorityCode().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                + letter.year().startYear() + ".pdf";
    }

    private void write(AnnualLetter letter, String chart, OutputStream out) {
        Context context = new Context(Locale.UK);
        context.setVariable("letter", letter);
        context.setVariable("chart", chart);
        String html = templates.process("ombudsman/letter-pdf", context);
        Pdf.render(html, out);
    }
}
