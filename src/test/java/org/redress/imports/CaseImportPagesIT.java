package org.redress.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import over HTTP: the API's answers and the staff pages from upload to the done page. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseImportPagesIT {

    static final String GOOD = CaseCsv.HEADER + "\n"
            + "WEB-1,complaint,email,2021-01-04,\"Growth, Environment and Transport\",Highways,1,2021-01-05,2021-01-20,"
            + "upheld,staff_conduct,,\n"
            + "WEB-2,compliment,online,2021-01-06,,Adult Social Care,1,2021-01-07,,,,,\n";

    @Autowired MockMvc mvc;
    @Autowired ObjectProvider<TestCouncil> councils;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;

    long cases() {
        return db.sql("select count(*) from feedback_case where authority_id = ?").param(council.authority.id())
                .query(Long.class).single();
    }

    @Test
    void theApiImportsACsvBodyAndAnswersWithCounts() throws Exception {
        mvc.perform(post("/api/v1/imports/cases").param("authority", council.authority.code())
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").value(2))
                .andExpect(jsonPath("$.stages").value(2))
                .andExpect(jsonPath("$.authority").value(council.authority.code()));
        assertThat(cases()).isEqualTo(2);
    }

    @Test
    void theApiTakesAMultipartUploadToo() throws Exception {
        mvc.perform(multipart("/api/v1/imports/cases")
                        .file(new MockMultipartFile("file", "cases.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").value(2));
    }

    @Test
    void theApiListsEveryProblemByLineAndColumnAndImportsNothing() throws Exception {
        String bad = GOOD + "WEB-3,complaint,fax,2021-02-30,,Highways,1,,,,,,\n";

        mvc.perform(post("/api/v1/imports/cases")
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("channel"))
                .andExpect(jsonPath("$.errors[1].column").value("received_on"))
                .andExpect(jsonPath("$.errors[1].message").value("2021-02-30 is not a date (write dates as 2020-02-29 or 29/02/2020)"))
                .andExpect(jsonPath("$.moreErrors").value(0));
        assertThat(cases()).isZero();
    }

    static final String EARLY_DELAY = "WEB-4,complaint,letter,2021-03-01,,Highways,1,2021-03-02,2021-03-05,upheld,,"
            + "workload,\n";

    @Test
    void theApiImportsADelayReasonOnATimelyResponseAsRecordedAndListsTheWarning() throws Exception {
        mvc.perform(post("/api/v1/imports/cases")
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(GOOD + EARLY_DELAY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").value(3))
                .andExpect(jsonPath("$.warningCount").value(1))
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].line").value(4))
                .andExpect(jsonPath("$.warnings[0].column").value("delay_reason"))
                .andExpect(jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers.startsWith(
                        "kept as recorded, though the response on 2021-03-05 was not late")))
                .andExpect(jsonPath("$.moreWarnings").value(0));
        assertThat(db.sql("""
                select s.delay_reason from case_stage s join feedback_case c on c.id = s.case_id
                where c.authority_id = ? and c.reference = 'WEB-4'""").param(council.authority.id())
                .query(String.class).single()).isEqualTo("workload");
    }

    @Test
    void theApiAnswersAFileWithoutWarningsWithNone() throws Exception {
        mvc.perform(post("/api/v1/imports/cases")
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warningCount").value(0))
                .andExpect(jsonPath("$.warnings.length()").value(0));
    }

    @Test
    void theApiRefusesOfficersAndOtherCouncils() throws Exception {
        mvc.perform(post("/api/v1/imports/cases")
                        .with(httpBasic(council.username(council.highwaysOfficer), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(GOOD))
                .andExpect(status().isForbidden());
        TestCouncil other = councils.getObject();
        mvc.perform(post("/api/v1/imports/cases").param("authority", other.authority.code())
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(GOOD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/cases").param("authority", "NO-SUCH-COUNCIL")
                        .with(httpBasic(council.username(council.feedbackTeam), TestCouncil.PASSWORD))
                        .contentType("text/csv").content(GOOD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authority"));
        assertThat(cases()).isZero();
    }

    @Test
    void aFileUploadedOnTheStaffPagesIsCheckedThenImportedOnConfirmation() throws Exception {
        StringWriter generated = new StringWriter();
        CaseGenerator.write(generated, new CaseGenerator.Volume(1, 2019, 300, 5), 1);

        String location = mvc.perform(multipart("/staff/imports")
                        .file(new MockMultipartFile("file", "history.csv", "text/csv",
                                generated.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("createServices", "true").with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        String checked = waitFor(location, "The file is ready to import");
        assertThat(checked).contains("history.csv", "Import 300 cases", "Highways, Transportation and Waste Management");
        assertThat(cases()).isZero();

        mvc.perform(post(location + "/confirm").with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String done = waitFor(location, "Import complete");
        assertThat(done).contains("300 cases", "Search the cases");
        assertThat(cases()).isEqualTo(300);
        assertThat(mvc.perform(get("/staff/imports").with(user(council.feedbackTeam)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("history.csv");
    }

    @Test
    void theCheckOnTheStaffPagesListsWarningsBeforeConfirmingAndAfterImporting() throws Exception {
        String location = mvc.perform(multipart("/staff/imports")
                        .file(new MockMultipartFile("file", "early.csv", "text/csv",
                                (GOOD + EARLY_DELAY).getBytes(StandardCharsets.UTF_8)))
                        .with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        String checked = waitFor(location, "The file is ready to import");
        assertThat(checked).contains("id=\"warnings\"", "Warnings", ">4<", "delay_reason",
                "kept as recorded, though the response on 2021-03-05 was not late");

        mvc.perform(post(location + "/confirm").with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String done = waitFor(location, "Import complete");
        assertThat(done).contains("id=\"warnings\"", "was not late");
        assertThat(cases()).isEqualTo(3);
    }

    @Test
    void theCheckOnTheStaffPagesReportsEachProblemAndImportsNothing() throws Exception {
        String location = mvc.perform(multipart("/staff/imports")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv",
                                (GOOD + "WEB-3,complaint,email,29/02/2019,,Highways,1,,,,,,\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        String report = waitFor(location, "Nothing was imported");
        assertThat(report).contains("received_on", "29/02/2019 is not a date", ">4<");
        assertThat(cases()).isZero();
    }

    @Test
    void theProgressPageRefreshesItselfWhileWorkGoesOn() throws Exception {
        long id = db.sql("""
                insert into case_import (authority_id, file_name, stored_name, status, total_bytes, bytes_done,
                    lines_done, uploaded_by)
                values (?, 'big.csv', '00000000-0000-0000-0000-000000000000.csv', 'importing', 1000, 450, 12000, ?)""")
                .params(council.authority.id(), council.feedbackTeam.staffId()).update() > 0
                ? db.sql("select max(id) from case_import where authority_id = ?").param(council.authority.id())
                        .query(Long.class).single() : 0;

        String page = mvc.perform(get("/staff/imports/" + id).with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(header().string("Refresh", String.valueOf(ImportPages.REFRESH_SECONDS)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Importing the cases", "45% of the file read (12,000 lines)", "value=\"45\"");
    }

    @Test
    void uploadWithoutAFileSaysWhatIsMissing() throws Exception {
        String page = mvc.perform(multipart("/staff/imports").with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Choose a CSV file to import");
    }

    @Test
    void investigatingOfficersCannotOpenTheImportPages() throws Exception {
        mvc.perform(get("/staff/imports").with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
    }

    /** The page once the background work has reached {@code text}; gives up after a minute. */
    private String waitFor(String location, String text) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        String page = "";
        while (Instant.now().isBefore(until)) {
            page = mvc.perform(get(location).with(user(council.feedbackTeam))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (page.contains(text)) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The page never said '" + text + "':\n" + page);
    }
}
