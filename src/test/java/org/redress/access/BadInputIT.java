package org.redress.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Each request the security test found answered with a 500, sent again: each now gets a 400 naming what was wrong
 * (or, for the subject-access export, the zip it should have been).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputIT {

    @Autowired MockMvc mvc;
    @Autowired TestCouncil council;
    @Autowired Casework casework;

    record Bad(String what, Function<FeedbackCase, AbstractMockHttpServletRequestBuilder<?>> request, String field) {
    }

    @Test
    void eachBadRequestTheSecurityTestFoundGetsA400NamingTheField() throws Exception {
        FeedbackCase c = logComplaint(council);
        String service = String.valueOf(council.highways.id());
        byte[] crafted = HexFormat.of().parseHex(
                "504b0304" + "00".repeat(26) + "504b0506000000000100010000000000f0ffff7f0000");
        List<Bad> requests = List.of(
                new Bad("a work queue page after a cursor that is not one", k -> get("/staff").param("after", "bad"),
                        "after"),
                new Bad("Ombudsman cases of the year 99999", k -> get("/staff/ombudsman").param("year", "99999"),
                        "year"),
                new Bad("compare councils in the year 99999",
                        k -> get("/staff/ombudsman/national").param("year", "99999"), "year"),
                new Bad("the annual review letter for 99999",
                        k -> get("/staff/ombudsman/letter").param("year", "99999"), "year"),
                new Bad("its PDF for -1", k -> get("/staff/ombudsman/letter.pdf").param("year", "-1"), "year"),
                new Bad("every letter zipped for 99999",
                        k -> get("/staff/ombudsman/letters.zip").param("year", "99999"), "year"),
                new Bad("every letter zipped for a type there is none of",
                        k -> get("/staff/ombudsman/letters.zip").param("year", "2020").param("type", "parish"), "type"),
                new Bad("a case with a null tag", k -> post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCaseJson(service, "\"tags\":[null]")), "tags"),
                new Bad("a case whose desired outcome holds a NUL character (PostgreSQL cannot store one)",
                        k -> post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                                .content(newCaseJson(service, "\"desiredOutcome\":\"a\\u0000b\"")), "desiredOutcome"),
                new Bad("a case with a null reason", k -> post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCaseJson(service, "\"reasons\":[\"x\",null]")), "reasons"),
                new Bad("a case whose representative's relationship is 10,000 characters",
                        k -> post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(newCaseJson(service,
                                "\"representative\":{\"name\":\"A Friend\",\"relationship\":\"" + "x".repeat(10_000)
                                        + "\"}")), "representative.relationship"),
                new Bad("an extension of 2147483647 working days through the API",
                        k -> post("/api/v1/cases/" + k.reference() + "/extension").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + k.version() + ",\"workingDays\":2147483647,"
                                        + "\"reason\":\"More time\"}"), "workingDays"),
                new Bad("an extension of 2147483647 working days on the case page",
                        k -> post("/staff/cases/" + k.reference() + "/extend").param("version",
                                String.valueOf(k.version())).param("workingDays", "2147483647")
                                .param("reason", "More time"), "workingDays"),
                new Bad("a crafted 52-byte Word document",
                        k -> multipart("/staff/cases/" + k.reference() + "/attachments")
                                .file(new MockMultipartFile("file", "letter.docx", "application/octet-stream", crafted)),
                        "file"));

        List<String> wrong = new ArrayList<>();
        for (Bad bad : requests) {
            MockHttpServletResponse response;
            try {
                response = mvc.perform(bad.request().apply(c).with(user(council.feedbackTeam)).with(csrf()))
                        .andReturn().getResponse();
            } catch (Exception escaped) {
                // Out of the application altogether: the server would have answered 500.
                wrong.add(bad.what() + ": 500 " + escaped);
                continue;
            }
            String body = response.getContentAsString();
            if (response.getStatus() != 400 || !body.contains(bad.field())) {
                wrong.add(bad.what() + ": " + response.getStatus() + " "
                        + body.substring(0, Math.min(body.length(), 300)));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(casework.get(council.feedbackTeam, c.reference()).current().responseDue())
                .isEqualTo(c.current().responseDue());
    }

    @Test
    void aSubjectAccessExportNamingOneCaseInTwoSpellingsHoldsItOnce() throws Exception {
        FeedbackCase c = logComplaint(council);

        MockHttpServletResponse response = mvc.perform(post("/staff/privacy/subject-access/export")
                .with(user(council.feedbackTeam)).with(csrf())
                .param("cases", c.reference(), c.reference().toLowerCase(), " " + c.reference() + " ")
                .param("person", "Ann Example")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).filteredOn(name -> name.endsWith("case.json")).containsExactly(c.reference() + "/case.json");
    }

    private FeedbackCase logComplaint(TestCouncil council) {
        return casework.log(council.feedbackTeam, new NewCase(FeedbackType.COMPLAINT, Channel.LETTER,
                LocalDate.of(2021, 3, 1), council.highways.id(), null, "Pothole on Mill Lane", null, null, null, null,
                List.of(), List.of(), null));
    }

    private static String newCaseJson(String serviceId, String extra) {
        return "{\"type\":\"complaint\",\"channel\":\"letter\",\"receivedOn\":\"2021-03-01\",\"serviceId\":" + serviceId
                + ",\"description\":\"Pothole\"," + extra + "}";
    }
}
