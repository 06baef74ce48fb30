package org.redress.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.CaseAction;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The privacy pages: retention periods, legal holds on the case page, the redaction aid, subject access. */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyPagesIT {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts staff;
    @Autowired Casework casework;
    @Autowired org.redress.casework.Attachments attachments;
    @Autowired RetentionPolicies policies;

    @Autowired TestCouncil council;
    StaffUser admin;

    @BeforeEach
    void aCouncil() {
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Ada Admin", username + "@example.gov.uk",
                EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        admin = (StaffUser) staff.loadUserByUsername(username);
    }

    private FeedbackCase complaint(String name, String email, String phone) {
        LocalDate today = LocalDate.now();
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn(today).by(Channel.EMAIL)
                .about(council.highways.id()).describedAs("The pothole outside number 4, said " + name)
                .wanting("Fix it")
                .from(new Contact(name, email, phone, "4 High Street, Anytown AB1 2CD"))
                .withReasons("staff_conduct").build());
        return casework.respond(council.feedbackTeam, c.reference(), null, today, Outcome.UPHELD,
                "Dear " + name + ", we are sorry. Call us on 01632 960 001.", null);
    }

    // ---- retention -----------------------------------------------------------------------------------------------

    @Test
    void anAdministratorChangesTheRetentionPeriodOfOneType() throws Exception {
        mvc.perform(get("/staff/admin/retention").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"years-complaint\"")))
                .andExpect(content().string(containsString("value=\"6\"")));

        mvc.perform(post("/staff/admin/retention").with(user(admin)).with(csrf()).params(form(Map.of("years-complaint", "10"))))
                .andExpect(status().is3xxRedirection());

        assertThat(policies.years(council.authority.id())).containsEntry(FeedbackType.COMPLAINT, 10)
                .containsEntry(FeedbackType.COMPLIMENT, 6);
    }

    @Test
    void aBadPeriodIsNamedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/staff/admin/retention").with(user(admin)).with(csrf())
                        .params(form(Map.of("years-complaint", "10", "years-comment", "abc", "years-enquiry", "0"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Comment: enter the years kept after closure")))
                .andExpect(content().string(containsString("href=\"#years-comment\"")));

        assertThat(policies.years(council.authority.id())).containsEntry(FeedbackType.COMPLAINT, 6);
    }

    @Test
    void onlyAdministratorsSeeTheRetentionPage() throws Exception {
        mvc.perform(get("/staff/admin/retention").with(user(council.feedbackTeam))).andExpect(status().isForbidden());
    }

    // ---- legal holds ---------------------------------------------------------------------------------------------

    @Test
    void theFeedbackTeamPlacesAndLiftsAHoldShownOnTheCasePage() throws Exception {
        FeedbackCase c = complaint("Ada Lovelace", "ada@example.com", null);
        String page = "/staff/cases/" + c.reference();
        mvc.perform(get(page).with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString("Place a legal hold")));

        mvc.perform(post(page + "/legal-hold").with(user(council.feedbackTeam)).with(csrf()).param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why the case is to be held")));
        mvc.perform(post(page + "/legal-hold").with(user(council.feedbackTeam)).with(csrf())
                        .param("reason", "Legal proceedings"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page).with(user(council.highwaysOfficer)))
                .andExpect(content().string(containsString("On legal hold")))
                .andExpect(content().string(containsString("Legal proceedings")))
                .andExpect(content().string(not(containsString("Lift the legal hold"))));
        mvc.perform(get(page + "/legal-hold").with(user(council.highwaysOfficer))).andExpect(status().isForbidden());

        mvc.perform(post(page + "/legal-hold").with(user(admin)).with(csrf()).param("reason", "Case settled"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(council.feedbackTeam)))
                .andExpect(content().string(not(containsString("On legal hold"))))
                .andExpect(content().string(containsString("Legal hold lifted: Case settled")));
    }

    // ---- redaction -------------------------------------------------------------------------------------------------

    @Test
    void theRedactionAidHighlightsThenReplacesWhatIsChosen() throws Exception {
        FeedbackCase c = complaint("Ada Lovelace", "ada@example.com", null);
        String page = "/staff/cases/" + c.reference() + "/redact";
        mvc.perform(get(page).with(user(council.highwaysOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dear Ada Lovelace, we are sorry")));

        String text = "Ada Lovelace of AB1 2DE rang on 01632 960 001.";
        mvc.perform(post(page).with(user(council.highwaysOfficer)).with(csrf()).param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"redress-redaction\">Ada Lovelace</mark>")))
                .andExpect(content().string(containsString("Postcode: AB1 2DE")))
                .andExpect(content().string(containsString("Phone number: 01632 960 001")));

        mvc.perform(post(page).with(user(council.highwaysOfficer)).with(csrf()).param("text", text)
                        .param("action", "apply").param("chosen", "0", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("[REDACTED] of AB1 2DE rang on [REDACTED].")));

        mvc.perform(post(page).with(user(council.highwaysOfficer)).with(csrf()).param("text", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the text to publish")));
    }

    // ---- subject access ------------------------------------------------------------------------------------------

    @Test
    void findsAPersonsCasesAndDownloadsEverythingHeldAsOneZip() throws Exception {
        FeedbackCase ada = complaint("Ada Lovelace", "ada@example.com", "07700 900123");
        FeedbackCase other = complaint("Charles Babbage", "charles@example.com", null);
        attachments.add(council.feedbackTeam, ada.reference(), "my letter.txt", "Letter from Ada".getBytes());

        mvc.perform(get("/staff/privacy/subject-access").param("phone", "+44 7700 900123").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ada.reference())))
                .andExpect(content().string(not(containsString(other.reference()))));

        byte[] zip = mvc.perform(post("/staff/privacy/subject-access/export").with(user(council.feedbackTeam)).with(csrf())
                        .param("cases", ada.reference()).param("person", "Ada Lovelace"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();

        Map<String, String> files = unzip(zip);
        String folder = ada.reference() + "/";
        assertThat(files).containsKeys("README.txt", folder + "case.json", folder + "case.html", folder + "emails/email-1.txt");
        assertThat(files.keySet()).noneMatch(name -> name.startsWith(other.reference()));
        assertThat(files.get("README.txt")).contains("About: Ada Lovelace", ada.reference());
        String json = files.get(folder + "case.json");
        assertThat((String) JsonPath.read(json, "$.customer.name")).isEqualTo("Ada Lovelace");
        assertThat((String) JsonPath.read(json, "$.stages[0].outcome")).isEqualTo("Upheld");
        assertThat((List<?>) JsonPath.read(json, "$.timeline")).isNotEmpty();
        assertThat(files.get(folder + "case.html")).contains("Ada Lovelace", "ada@example.com", "Upheld", "Dear Ada Lovelace");
        assertThat(files.get(folder + "emails/email-1.txt")).contains("To: ada@example.com");
        assertThat(files.get(folder + "files/1-my letter.txt")).isEqualTo("Letter from Ada");

        assertThat(casework.file(council.feedbackTeam, ada.reference()).timeline())
                .anyMatch(e -> e.action() == CaseAction.SUBJECT_ACCESS_EXPORTED && e.summary().contains("Ada Lovelace"));
        assertThat(casework.file(council.feedbackTeam, other.reference()).timeline())
                .noneMatch(e -> e.action() == CaseAction.SUBJECT_ACCESS_EXPORTED);
    }

    @Test
    void anExportNeedsACaseChosenAndTheRightRole() throws Exception {
        FeedbackCase ada = complaint("Ada Lovelace", "ada@example.com", null);
        mvc.perform(post("/staff/privacy/subject-access/export").with(user(council.feedbackTeam)).with(csrf())
                        .param("email", "ada@example.com"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose at least one case to include")));
        mvc.perform(post("/staff/privacy/subject-access/export").with(user(council.highwaysOfficer)).with(csrf())
                        .param("cases", ada.reference()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/privacy/subject-access").param("email", "ada@example.com").with(user(council.viewer)))
                .andExpect(status().isForbidden());
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> overrides) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        for (FeedbackType type : FeedbackType.values()) {
            form.add("years-" + type.key(), overrides.getOrDefault("years-" + type.key(), "6"));
        }
        return form;
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
