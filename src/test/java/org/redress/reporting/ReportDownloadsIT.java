package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentSource;
import org.redress.conduct.ConductHistory;
import org.redress.conduct.ConductHistory.PastComplaint;
import org.redress.conduct.ConductOutcome;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The report over the API and the staff pages, in every format, each read back with a different library from the
 * one that wrote it: XLSX with Apache POI, PDF with PDFBox, CSV with Commons CSV, JSON with JsonPath.
 *
 * <p>The council: highways had 3 complaints in 2020/21 and 2 in 2019/20 (+50%); adult care 1 and 0 (no percentage:
 * nothing to compare with); one £120.50 payment by highways in 2020/21; a conduct complaint dismissed in 2020/21 and
 * one dealt with by the councillor's party in 2019/20.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDownloadsIT {

    @Autowired MockMvc mvc;
    @Autowired HistoricCases loader;
    @Autowired ConductHistory conduct;

    @Autowired TestCouncil council;

    @BeforeEach
    void aSmallHistory() {
        List<HistoricCase> cases = new ArrayList<>();
        for (LocalDate d : List.of(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 9, 9), LocalDate.of(2021, 3, 31))) {
            cases.add(complaint(council.highways.id(), council.highwaysDirectorate.id(), d).build());
        }
        for (LocalDate d : List.of(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 2, 29))) {
            cases.add(complaint(council.highways.id(), council.highwaysDirectorate.id(), d).build());
        }
        cases.add(complaint(council.adultCare.id(), council.careDirectorate.id(), LocalDate.of(2020, 5, 5))
                .payment(new BigDecimal("120.50"), LocalDate.of(2020, 6, 1), council.highwaysDirectorate.id(),
                        PaymentSource.LOCAL_RESOLUTION).build());
        loader.load(council.authority.id(), "Test", cases);
        conduct.load(council.authority.id(), "Test", List.of(
                new PastComplaint("MO/1", LocalDate.of(2020, 5, 1), "Councillor A", "A resident", "Rude at a meeting",
                        LocalDate.of(2020, 6, 10), ConductOutcome.DISMISSED, LocalDate.of(2020, 6, 10)),
                new PastComplaint("MO/2", LocalDate.of(2019, 11, 1), "Councillor B", "A resident", "Offensive post",
                        LocalDate.of(2019, 12, 1), ConductOutcome.ACTION_TAKEN_BY_PARTY, LocalDate.of(2019, 12, 1))));
    }

    private static Histories.Builder complaint(long service, long directorate, LocalDate on) {
        return Histories.aCase(FeedbackType.COMPLAINT, service, directorate).receivedOn(on)
                .responded(on, Outcome.RESOLVED_UPON_RECEIPT);
    }

    private MockHttpServletRequestBuilder api(StaffUser as, String query) {
        return get("/api/v1/reports/annual-feedback" + query).with(httpBasic(as.getUsername(), TestCouncil.PASSWORD));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportViewerGetsTheReportAsJsonWithNumbersAndNullsNeverText() throws Exception {
        String json = mvc.perform(api(council.viewer, "?year=2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialYear").value("2020/21"))
                .andExpect(jsonPath("$.tables[*].id", hasItems("table-1", "table-2", "table-3", "table-4", "table-5",
                        "table-6", "table-7", "table-8", "table-9", "table-10", "table-11", "table-12", "table-13",
                        "table-14", "table-15", "table-16", "table-17", "table-23",
                        "appendix-a-growth-environment-and-transport-feedback",
                        "appendix-a-adult-social-care-and-health-services")))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> table2 = table(json, "table-2");
        assertThat(table2.get("columns")).isEqualTo(List.of("Adult Social Care and Health",
                "Growth, Environment and Transport", "Total"));
        List<Map<String, Object>> rows = rows(table2);
        assertThat(rows.get(0)).containsEntry("label", "2020/21").containsEntry("values", List.of(1, 3, 4));
        assertThat(rows.get(1)).containsEntry("label", "2019/20").containsEntry("values", List.of(0, 2, 2));
        assertThat(rows.get(3)).containsEntry("label", "% difference").containsEntry("unit", "percent");
        assertThat((List<Object>) rows.get(3).get("values")).containsExactly(null, 50, 100);
        List<Map<String, Object>> money = rows(table(json, "table-15"));
        assertThat(money.get(1)).containsEntry("label", "Growth, Environment and Transport");
        assertThat(((List<?>) money.get(1).get("values")).get(0)).isEqualTo(120.5);
        Map<String, Object> table16 = table(json, "table-16");
        assertThat(table16.get("columns")).isEqualTo(List.of("2020/21", "2019/20", "2018/19"));
        assertThat(rows(table16)).extracting(r -> r.get("values")).containsExactly(List.of(1, 0, 0), List.of(0, 1, 0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(String json, String id) {
        List<Map<String, Object>> found = JsonPath.read(json, "$.tables[?(@.id == '" + id + "')]");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> table) {
        return (List<Map<String, Object>>) table.get("rows");
    }

    @Test
    void refusesAYearOrFormatOrTableItCannotGiveNamingTheField() throws Exception {
        mvc.perform(api(council.viewer, "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(api(council.viewer, "?year=2200")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(api(council.viewer, "?year=twenty")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(api(council.viewer, "?year=2020&format=docx")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(api(council.viewer, "?year=2020&format=csv&table=table-99")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("table"));
        mvc.perform(get("/api/v1/reports/annual-feedback?year=2020")).andExpect(status().isUnauthorized());
    }

    @Test
    void oneTableAsCsvReadsBackWithItsFigures() throws Exception {
        byte[] body = mvc.perform(api(council.viewer, "?year=2020&format=csv&table=table-2"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(new String(body, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records.get(0).toList()).containsExactly("Row", "Adult Social Care and Health",
                "Growth, Environment and Transport", "Total");
        assertThat(records.get(1).toList()).containsExactly("2020/21", "1", "3", "4");
        assertThat(records.get(4).toList()).containsExactly("% difference", "", "50", "100");
    }

    @Test
    void everyTableAsCsvComesInOneZip() throws Exception {
        byte[] body = mvc.perform(api(council.feedbackTeam, "?year=2020&format=csv"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("table-1.csv", "table-16.csv", "table-23.csv", "timeliness.csv").hasSizeGreaterThan(20);
    }

    @Test
    void theSpreadsheetHasANamedSheetPerTableWithNumbersStoredAsNumbers() throws Exception {
        byte[] body = mvc.perform(api(council.viewer, "?year=2020&format=xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("2020-21.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Contents");
            List<String> sheets = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).as("named as the report names its tables, whole words within Excel's 31 characters")
                    .contains("Table 2 Stage 1 received", "Table 8 Reasons", "Table 16 Member conduct",
                            "Table 13 Delays by directorate", "Table 20 Growth, Environment",
                            "A1 Adult Social Care and Health", "A2 Growth, Environment", "A2 Growth by service")
                    .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31))
                    .doesNotHaveDuplicates();
            Sheet contents = workbook.getSheet("Contents");
            Row firstEntry = contents.getRow(4);
            assertThat(firstEntry.getCell(0).getStringCellValue()).isEqualTo(sheets.get(1));
            assertThat(firstEntry.getCell(0).getHyperlink().getAddress()).isEqualTo("'" + sheets.get(1) + "'!A1");
            Sheet table2 = workbook.getSheet("Table 2 Stage 1 received");
            assertThat(table2.getPaneInformation().isFreezePane()).as("the heading row stays in view").isTrue();
            assertThat(table2.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(table2.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Table 2: Cases received at stage 1 (local resolution)");
            Row thisYear = table2.getRow(3);
            assertThat(thisYear.getCell(0).getStringCellValue()).isEqualTo("2020/21");
            assertThat(thisYear.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(thisYear.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(thisYear.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Row change = table2.getRow(6);
            assertThat(change.getCell(1)).as("no percentage of nothing").isNull();
            assertThat(change.getCell(2).getNumericCellValue()).isEqualTo(50.0);
            assertThat(change.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0\"%\"");
            Row money = workbook.getSheet("Table 15 Compensation").getRow(4);
            assertThat(money.getCell(0).getStringCellValue()).isEqualTo("Growth, Environment and Transport");
            assertThat(money.getCell(1).getNumericCellValue()).isEqualTo(120.50);
            assertThat(money.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("\u00a3#,##0.00");
            Row actionTaken = workbook.getSheet("Table 16 Member conduct").getRow(4);
            assertThat(actionTaken.getCell(0).getStringCellValue()).isEqualTo("Action taken by party");
            assertThat(actionTaken.getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void thePdfHasNumberedTablesWithSelectableFiguresAndRendersToAPicture() throws Exception {
        byte[] body = mvc.perform(api(council.viewer, "?year=2020&format=pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Annual customer feedback report 2020/21", council.authority.name(),
                    "Table 2: Cases received at stage 1 (local resolution)", "Table 23: Top remedy actions",
                    "£120.50", "Stage 1 complaints responded to on time by quarter",
                    "Table 16: Complaints to the Monitoring Officer about councillors");
            assertThat(text.replaceAll("\\s+", " ")).contains("% difference n/a 50% 100%");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            BufferedImage cover = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
            assertThat(inkOn(cover)).as("dark pixels on the cover").isGreaterThan(100);
        }
    }

    private static int inkOn(BufferedImage image) {
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void theReportPageShowsTheTablesToStaffWhoSeeTheWholeCouncilWithDownloads() throws Exception {
        mvc.perform(get("/staff/reports/annual?year=2020").with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Annual customer feedback report 2020/21")))
                .andExpect(content().string(containsString("Table 2: Cases received at stage 1 (local resolution)")))
                .andExpect(content().string(containsString("govuk-table__cell--numeric")))
                .andExpect(content().string(containsString("/staff/reports/annual/download?year=2020&amp;format=pdf")))
                .andExpect(content().string(containsString("role=\"img\"")));
        mvc.perform(get("/staff/reports/annual?year=2020").with(user(council.feedbackTeam)))
                .andExpect(status().isOk());
        // every directorate side by side: not for an officer scoped to one service
        mvc.perform(get("/staff/reports/annual?year=2020").with(user(council.highwaysOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/reports/annual?year=1066").with(user(council.viewer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a financial year from 1990")));
        mvc.perform(get("/staff/reports/annual/download?year=2020&format=csv&table=table-1").with(user(council.viewer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2020/21,4,0,0")));
    }
}
