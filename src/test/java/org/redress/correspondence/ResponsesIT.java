package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.casework.CaseAction;
import org.redress.casework.CaseEvent;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Outcome;
import org.redress.notification.CustomerLetters;
import org.redress.notification.Notifications;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Responses written in Redress: sent by email with the letter as a PDF (or as a letter to post), signed off by someone
 * other than their writer when the council asks for it, and kept with every other message on the case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResponsesIT {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired MockMvc mvc;
    @Autowired Casework casework;
    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired Inbox inbox;
    @Autowired SignOff signOff;
    @Autowired Responses responses;
    @Autowired CustomerLetters letters;

    TestCouncil council;

    @BeforeEach
    void council() {
        council = TestCouncil.create(authorities, structure, staff);
    }

    private String address(String who) {
        return who + "." + council.prefix + "@example.com";
    }

    private FeedbackCase complaint(String email) {
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn(casework.today().minusDays(3).toString())
                .by(Channel.PHONE).about(council.highways.id()).describedAs("The pothole on Mill Lane burst my tyre.")
                .from(new Contact("Mrs Ada Patel", email, null, "1 Mill Lane\nAnytown\nAN1 2BB")).build());
        casework.acknowledge(council.feedbackTeam, c.reference(), null, casework.today());
        return c;
    }

    private ResultActions api(StaffUser user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user.getUsername(), TestCouncil.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aResponseWithALetterIsEmailedWithTheLetterAsAPdf() throws Exception {
        String to = address("letter");
        FeedbackCase c = complaint(to);

        api(council.highwaysOfficer, "/api/v1/cases/" + c.reference() + "/response", """
                {"date":"%s","outcome":"upheld","letter":"Dear Mrs Patel,\\n\\nWe will fill the pothole on Mill Lane by Friday and repay your tyre."}"""
                .formatted(casework.today()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("responded"));

        TestMail.Email email = TestMail.to(to).stream().filter(e -> e.subject().contains("response")).findFirst()
                .orElseGet(() -> TestMail.awaitAll(to, 2).get(1));
        assertThat(email.body()).contains("We will fill the pothole on Mill Lane by Friday and repay your tyre.");
        assertThat(email.files()).singleElement().satisfies(f -> {
            assertThat(f.contentType()).isEqualTo("application/pdf");
            assertThat(f.name()).isEqualTo("letter-" + c.reference() + ".pdf");
            assertThat(text(f.bytes())).contains("repay your tyre").contains("Mrs Ada Patel").contains("AN1 2BB");
        });
        assertThat(TestMail.to(to)).noneMatch(e -> e.subject().startsWith("Our response to your"));
    }

    @Test
    void theCorrespondenceListsWhatCameInAndWentOutInDateOrder() throws Exception {
        String to = address("order");
        FeedbackCase c = complaint(to);
        inbox.store(council.authority.id(), new ReceivedEmail("id:<more." + council.prefix + "@example.com>",
                "<more." + council.prefix + "@example.com>", null, List.of(), to, "Mrs Ada Patel", "complaints@council.example",
                "Re: " + c.reference(), "Here is the receipt for the tyre.", Instant.now(), null, List.of()));
        api(council.highwaysOfficer, "/api/v1/cases/" + c.reference() + "/response",
                "{\"date\":\"%s\",\"outcome\":\"not_upheld\"}".formatted(casework.today()))
                .andExpect(status().isOk());
        TestMail.awaitAll(to, 2);

        String json = mvc.perform(get("/api/v1/cases/" + c.reference() + "/correspondence")
                        .with(httpBasic(council.highwaysOfficer.getUsername(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> directions = JsonPath.read(json, "$[*].direction");
        List<String> subjects = JsonPath.read(json, "$[*].subject");
        List<String> at = JsonPath.read(json, "$[*].at");
        assertThat(directions).containsExactly("out", "in", "out");
        assertThat(subjects.get(0)).startsWith("We have received your complaint");
        assertThat(subjects.get(2)).startsWith("Our stage 1 response");
        assertThat(at).isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse));
        List<Map<String, Object>> files = JsonPath.read(json, "$[2].attachments");
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.get("contentType")).isEqualTo("application/pdf");
            assertThat((Integer) f.get("size")).isPositive();
        });
        String body = JsonPath.read(json, "$[2].body");
        assertThat(body).contains("We have not upheld your complaint").contains("stage 2");
    }

    @Test
    void withSignOffOnTheResponseWaitsAndOnlySomeoneElseCanApproveIt() throws Exception {
        signOff.save(council.authority.id(), signOff.setting(council.authority.id()).version(), true);
        String to = address("signoff");
        FeedbackCase c = complaint(to);
        String path = "/api/v1/cases/" + c.reference() + "/response";

        api(council.feedbackTeam, path + "/approval", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Nothing on case " + c.reference() + " is waiting for sign-off."));
        api(council.feedbackTeam, path, "{\"outcome\":\"partly_upheld\",\"letter\":\"Dear Mrs Patel,\\n\\nWe are sorry.\"}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("awaiting_sign_off"))
                .andExpect(jsonPath("$.letter").value("Dear Mrs Patel,\n\nWe are sorry."));
        assertThat(casework.get(council.feedbackTeam, c.reference()).status().key()).isEqualTo("acknowledged");

        api(council.feedbackTeam, path + "/approval", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You wrote this response, so a different member of staff must sign it off."));
        api(council.highwaysOfficer, path + "/approval", "").andExpect(status().isForbidden());

        StaffUser approver = secondFeedbackTeamMember();
        api(approver, path + "/approval", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("responded"));
        assertThat(TestMail.awaitAll(to, 2)).anySatisfy(e -> {
            assertThat(e.body()).contains("We are sorry.");
            assertThat(e.files()).hasSize(1);
        });
        api(approver, path + "/approval", "").andExpect(status().isConflict());
    }

    @Test
    void aReturnedDraftCarriesTheCommentsBackToItsWriter() throws Exception {
        signOff.save(council.authority.id(), signOff.setting(council.authority.id()).version(), true);
        FeedbackCase c = complaint(address("returned"));
        responses.start(council.highwaysOfficer, c.reference(), Outcome.UPHELD);
        responses.submit(council.highwaysOfficer, c.reference(), casework.today());

        MockHttpServletResponse refused = mvc.perform(post("/staff/cases/" + c.reference() + "/response/return")
                .with(user(council.feedbackTeam)).with(csrf()).param("comments", " ")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Say what needs to change before it can be sent");

        mvc.perform(post("/staff/cases/" + c.reference() + "/response/return").with(user(council.feedbackTeam)).with(csrf())
                .param("comments", "Say which road the crew will resurface, and when."));
        String page = mvc.perform(get("/staff/cases/" + c.reference() + "/response").with(user(council.highwaysOfficer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Returned with comments").contains("Say which road the crew will resurface, and when.");
        List<CaseEvent> timeline = casework.file(council.feedbackTeam, c.reference()).timeline();
        assertThat(timeline).anyMatch(e -> e.action() == CaseAction.RESPONSE_DRAFTED
                && "Say which road the crew will resurface, and when.".equals(e.words()));
    }

    @Test
    void theLetterIsBoundedAndItsFieldNamed() throws Exception {
        FeedbackCase c = complaint(address("long"));
        api(council.highwaysOfficer, "/api/v1/cases/" + c.reference() + "/response",
                "{\"date\":\"%s\",\"outcome\":\"upheld\",\"letter\":\"%s\"}".formatted(casework.today(), "x".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("letter"));
    }

    @Test
    void withNoEmailAddressTheResponseIsALetterToPost() throws Exception {
        FeedbackCase c = complaint(null);
        api(council.highwaysOfficer, "/api/v1/cases/" + c.reference() + "/response",
                "{\"date\":\"%s\",\"outcome\":\"upheld\",\"letter\":\"Dear Mrs Patel,\\n\\nThe pothole is filled.\"}"
                        .formatted(casework.today()))
                .andExpect(status().isOk());
        List<CaseEvent> timeline = casework.file(council.feedbackTeam, c.reference()).timeline();
        assertThat(timeline).anyMatch(e -> e.action() == CaseAction.LETTER_PRODUCED && e.words().contains("The pothole is filled."));
        Responses.Letter sent = responses.sent(council.authority.id(), c.id()).get(0);
        assertThat(sent.channel()).isEqualTo("letter");
        assertThat(sent.recipient()).contains("Mrs Ada Patel").contains("AN1 2BB");
        byte[] pdf = mvc.perform(get("/staff/cases/" + c.reference() + "/letters/" + sent.id()).with(user(council.feedbackTeam)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("The pothole is filled.");
    }

    /**
     * Each stage's template says how to take the complaint further: before the last stage, the next stage and the date
     * to ask by; at the last (the corporate procedure's stage 2), the Ombudsman and the end of its 12 months.
     */
    @ParameterizedTest
    @CsvSource({
            "1, upheld,     'Putting things right', 'ask for your complaint to be looked at again at stage 2', next",
            "1, not_upheld, 'We have not upheld your complaint', 'ask for your complaint to be looked at again at stage 2', next",
            "2, upheld,     'We have upheld your complaint', 'Local Government and Social Care Ombudsman', ombudsman",
            "2, not_upheld, 'This is our final response', 'within 12 months of our final response', ombudsman"})
    void theTemplateSaysHowToTakeItFurther(int stage, String outcome, String says, String further, String by) {
        FeedbackCase c = complaint(address("template" + stage + outcome));
        if (stage == 2) {
            casework.respond(council.highwaysOfficer, c.reference(), null, casework.today(), Outcome.NOT_UPHELD, null, null);
            casework.escalate(council.feedbackTeam, c.reference(), null, casework.today(), "Still not fixed");
        }
        var file = casework.file(council.feedbackTeam, c.reference());
        CustomerLetters.Text text = responses.template(file, Outcome.fromKey(outcome), "Sam Officer");
        LocalDate today = casework.today();
        String date = Notifications.plain(by.equals("next") ? today.plusDays(28) : today.plusMonths(12));
        assertThat(text.body()).contains(says).contains(further).contains(date).contains(c.reference())
                .contains("Dear Mrs Ada Patel").contains("Sam Officer").doesNotContain("((");
        assertThat(text.subject()).contains(c.reference());
    }

    private StaffUser secondFeedbackTeamMember() {
        String username = council.prefix + ".feedback2";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Fay Feedback", username + "@example.gov.uk",
                java.util.EnumSet.of(org.redress.organisation.Role.FEEDBACK_TEAM),
                org.redress.organisation.Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        return (StaffUser) staff.loadUserByUsername(username);
    }
}
