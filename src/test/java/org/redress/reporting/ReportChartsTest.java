package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values written beside bars stay readable: none is written across the dashed line of a standard. */
class ReportChartsTest {

    private static final Pattern VALUE = Pattern.compile("<text x=\"(\\d+)\" y=\"\\d+\" fill=\"#0b0c0c\">(\\d+)%</text>");
    private static final Pattern STANDARD = Pattern.compile("<line x1=\"(\\d+)\"[^>]*stroke-dasharray");

    @ParameterizedTest(name = "{0}% against a standard of {1}%")
    @CsvSource({"81, 85", "83, 85", "84, 85", "85, 85", "86, 85", "90, 85", "0, 85", "100, 85", "78, 80", "95, 95"})
    void noValueIsWrittenAcrossTheStandardsLine(int value, int standard) {
        String svg = ReportCharts.bars("chart-test", "Title", "Description", List.of("Quarter 1"),
                List.of(new ReportCharts.Series("On time", List.of(value))), "%", standard);

        Matcher line = STANDARD.matcher(svg);
        assertThat(line.find()).as("the standard's line is drawn").isTrue();
        int lineX = Integer.parseInt(line.group(1));
        Matcher written = VALUE.matcher(svg);
        assertThat(written.find()).as("the value is written").isTrue();
        assertThat(written.group(2)).isEqualTo(String.valueOf(value));
        int from = Integer.parseInt(written.group(1));
        int to = from + ReportCharts.VALUE_WIDTH;
        assertThat(to < lineX - 2 || from > lineX + 2)
                .as("value from x=%d to %d, standard's line at x=%d", from, to, lineX).isTrue();
        int barEnd = ReportCharts.LABEL_WIDTH + (int) Math.round(value / 100.0 * (ReportCharts.WIDTH - ReportCharts.LABEL_WIDTH - 90));
        assertThat(from).as("the value is written after its bar").isGreaterThan(barEnd);
    }
}
