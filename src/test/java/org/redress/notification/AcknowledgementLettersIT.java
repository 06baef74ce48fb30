package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.casework.CaseAction;
import org.redress.casework.CaseEvent;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every complaint is acknowledged: by email where there is an address, otherwise by a letter staff print and post. */
@SpringBootTest
@AutoConfigureMockMvc
class AcknowledgementLettersIT {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired MockMvc mvc;
    @Autowired Casework casework;
    @Autowired StaffAccounts staff;
    @Autowired Notifications notifications;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;
    StaffUser administrator;

    @BeforeEach
    void council() {
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Ada Admin", username + "@example.gov.uk",
                java.util.EnumSet.of(org.redress.organisation.Role.ADMINISTRATOR), org.redress.organisation.Scope.WHOLE_COUNCIL),
                TestCouncil.PASSWORD);
        administrator = (StaffUser) staff.loadUserByUsername(username);
    }

    private FeedbackCase phoneComplaint(String email) {
        // Thursday 17 December 2020: 20 working days across Christmas is Tuesday 19 January 2021.
        return casework.log(council.feedbackTeam, aComplaint().receivedOn("2020-12-17").by(Channel.PHONE)
                .about(council.highways.id()).describedAs("The gritter missed our road again.")
                .from(new Contact("Mrs Ada Lovelace", email, null, "12 St James's Square\nLondon\nSW1Y 4JH")).build());
    }

    @Test
    void aPhoneComplaintWithNoEmailGetsALetterThatReadsBackWithTheReferenceAndTheDueDate() throws Exception {
        mvc.perform(post("/staff/admin/notification/letterhead").with(user(administrator)).with(csrf())
                .param("version", "-1").param("address", "County Hall\nHigh Street\nAnytown\nAN1 1AA"));
        FeedbackCase c = phoneComplaint(null);

        String page = mvc.perform(get("/staff/cases/" + c.reference()).with(user(council.feedbackTeam)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/staff/cases/" + c.reference() + "/letters/acknowledgement");

        MockHttpServletResponse response = mvc.perform(get("/staff/cases/" + c.reference() + "/letters/acknowledgement")
                .with(user(council.feedbackTeam))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(c.reference());
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(c.reference()).contains("Tuesday 19 January 2021").contains("Thursday 17 December 2020")
                .contains(council.authority.name()).contains("County Hall").contains("AN1 1AA")
                .contains("Mrs Ada Lovelace").contains("SW1Y 4JH").contains("Dear Mrs Ada Lovelace");

        List<CaseEvent> timeline = casework.file(council.feedbackTeam, c.reference()).timeline();
        assertThat(timeline.get(0).action()).isEqualTo(CaseAction.LETTER_PRODUCED);
        assertThat(timeline.get(0).words()).contains(c.reference()).contains("Tuesday 19 January 2021");
    }

    @Test
    void aPhoneComplaintWithAnEmailIsAcknowledgedByEmailAndOffersNoLetter() throws Exception {
        FeedbackCase c = phoneComplaint("ada@example.com");
        String page = mvc.perform(get("/staff/cases/" + c.reference()).with(user(council.feedbackTeam)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/letters/acknowledgement");

        casework.acknowledge(council.feedbackTeam, c.reference(), null, LocalDate.of(2020, 12, 18));

        List<String> bodies = db.sql("select body from notification_outbox where case_id = ? and template_key = ?")
                .params(c.id(), EmailTemplate.ACKNOWLEDGEMENT.key()).query(String.class).list();
        assertThat(bodies).singleElement().satisfies(body -> assertThat(body).contains(c.reference())
                .contains("Tuesday 19 January 2021"));
    }

    @Test
    void theAddressOnLettersIsRequiredAndBounded() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/staff/admin/notification/letterhead")
                .with(user(administrator)).with(csrf()).param("version", "-1").param("address", " "))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Enter the council&#39;s postal address");
        response = mvc.perform(post("/staff/admin/notification/letterhead").with(user(administrator)).with(csrf())
                .param("version", "-1").param("address", "x".repeat(1001))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
    }
}
