package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula is neutralised in exports; numbers stay numbers. */
class FormulaSafeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\",\"y\")|'=HYPERLINK(\"http://x\",\"y\")",
            "+1+1|'+1+1",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "Highways|Highways",
            "a=b|a=b",
            "'quoted|'quoted"})
    void neutralisesTextThatStartsAFormula(String text, String expected) {
        assertThat(FormulaSafe.text(text)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnAreNeutralisedTooAndEmptyStaysEmpty() {
        assertThat(FormulaSafe.text("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaSafe.text("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaSafe.text("")).isEmpty();
        assertThat(FormulaSafe.text(null)).isNull();
    }

    @Test
    void csvReadBackHasNeutralisedLabelsAndPlainNumbers() throws Exception {
        ReportTable table = new ReportTable("table-2", "By service", List.of("=cmd|' /C calc'!A0", "Total"),
                List.of(ReportRow.counts("=HYPERLINK(\"http://evil\")", List.of(-5, 7)),
                        ReportRow.counts("@SUM(1)", List.of(3, 4)), ReportRow.counts("Highways", List.of(1, 2))),
                List.of(), null);
        StringWriter out = new StringWriter();
        CsvExport.write(table, out);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(records.get(0).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(1).get(1)).isEqualTo("-5");
        assertThat(records.get(2).get(0)).isEqualTo("'@SUM(1)");
        assertThat(records.get(3).get(0)).isEqualTo("Highways");
    }
}
