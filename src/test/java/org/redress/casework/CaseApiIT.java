package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class CaseApiIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Autowired TestCouncil council;

    private MockHttpServletRequestBuilder as(StaffUser user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), TestCouncil.PASSWORD));
    }

    private String create(StaffUser user, String body) throws Exception {
        String json = mvc.perform(as(user, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.reference");
    }

    private String complaint() {
        return """
                {"type":"complaint","channel":"phone","receivedOn":"2020-12-17","serviceId":%d,
                 "description":"Bin not collected","customer":{"name":"Mr B","email":"b@example.com"},
                 "reasons":["issues_with_service/failure_to_do_something"]}""".formatted(council.highways.id());
    }

    @Test
    void listsTheCallersServices() throws Exception {
        mvc.perform(as(council.feedbackTeam, get("/api/v1/services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Highways")))
                .andExpect(jsonPath("$[?(@.name == 'Highways')].directorate", hasItem("Growth, Environment and Transport")));
    }

    @Test
    void createsACaseWithItsReferenceAndDueDatesAcrossChristmas2020() throws Exception {
        // Thu 17 Dec 2020: ack 3 wd -> Tue 22 Dec; 20 wd skips 25, 28 Dec (Boxing Day substitute) and 1 Jan -> Tue 19 Jan 2021.
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON).content(complaint()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/cases/FB\\d{7}")))
                .andExpect(jsonPath("$.reference").isString())
                .andExpect(jsonPath("$.stages[0].number").value(1))
                .andExpect(jsonPath("$.stages[0].acknowledgementDue").value("2020-12-22"))
                .andExpect(jsonPath("$.stages[0].responseDue").value("2021-01-19"))
                .andExpect(jsonPath("$.status").value("received"));
    }

    @Test
    void answersACreateExactlyAsReadingTheCaseBackWould() throws Exception {
        // An earlier case makes the tag, so the new case's "potholes" takes the existing label "Potholes".
        create(council.feedbackTeam, complaint().replace("\"reasons\"", "\"tags\":[\"Potholes\"],\"reasons\""));
        String body = """
                {"type":"complaint","channel":"email","receivedOn":"2020-12-17","serviceId":%d,
                 "description":"  Pothole on the high street  ","customer":{"name":" Ms C ","email":"c@example.com",
                 "phone":"01632 960 001","address":"1 High Street"},
                 "representative":{"name":"Cllr D","email":"d@example.com","relationship":"Ward councillor"},
                 "reasons":["staff_conduct","issues_with_service/failure_to_do_something","communications_or_information"],
                 "tags":["potholes","Winter","winter"],"assignTo":%d}"""
                .formatted(council.highways.id(), council.highwaysOfficer.staffId());
        String created = mvc.perform(as(council.feedbackTeam, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tags").value(contains("Potholes", "Winter")))
                .andExpect(jsonPath("$.assignedTo").value(council.highwaysOfficer.staffId()))
                .andReturn().getResponse().getContentAsString();
        String read = mvc.perform(as(council.feedbackTeam, get("/api/v1/cases/{r}", JsonPath.<String>read(created, "$.reference"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(created)).isEqualTo(json.readTree(read));
    }

    @Test
    void namesTheFieldAndReasonOfBadInput() throws Exception {
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"grumble\",\"channel\":\"phone\",\"receivedOn\":\"2021-01-04\",\"serviceId\":"
                                + council.highways.id() + ",\"description\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(matchesPattern(".*'grumble' is not a type of feedback.*")));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"complaint\",\"receivedOn\":\"2021-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"complaint\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"complaint\",\"channel\":\"phone\",\"receivedOn\":\"2021-01-04\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("serviceId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")));
    }

    @Test
    void answersAnIllegalMoveWith409AndAPlainMessage() throws Exception {
        String reference = create(council.feedbackTeam, complaint());
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases/{r}/withdrawal", reference))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2020-12-18\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("withdrawn"));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases/{r}/response", reference))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2020-12-21\",\"outcome\":\"upheld\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Case " + reference + " has been withdrawn, so it cannot be responded to."));
    }

    @Test
    void refusesPaymentsAndRemediesOnAWithdrawnComplaintAndPaymentsOnACompliment() throws Exception {
        String withdrawn = create(council.feedbackTeam, complaint());
        step(withdrawn, "withdrawal", "{\"date\":\"2020-12-18\",\"reason\":\"Sorted out by the crew\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawalReason").value("Sorted out by the crew"));
        step(withdrawn, "payments", "{\"date\":\"2020-12-21\",\"paymentKind\":\"compensation\",\"amount\":50.00,"
                + "\"source\":\"local_resolution\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Case " + withdrawn + " has been withdrawn, so it cannot be given a payment."));
        step(withdrawn, "remedies", "{\"remedyKind\":\"formal_apology\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Case " + withdrawn
                        + " has been withdrawn, so it cannot be given a remedy action."));

        String compliment = create(council.feedbackTeam, complaint().replace("\"complaint\"", "\"compliment\""));
        step(compliment, "payments", "{\"date\":\"2020-12-21\",\"paymentKind\":\"compensation\",\"amount\":50.00,"
                + "\"source\":\"local_resolution\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A compliment is not a complaint, so it has no remedy actions or payments."));
        mvc.perform(as(council.feedbackTeam, get("/api/v1/cases/{r}", compliment)))
                .andExpect(jsonPath("$.allowedSteps", hasItem("close")))
                .andExpect(jsonPath("$.allowedSteps", not(hasItem("payment"))));
    }

    @Test
    void returnsTheResponseTextAndTheEscalationReasonGivenThroughTheApi() throws Exception {
        String reference = create(council.feedbackTeam, complaint());
        step(reference, "response", "{\"date\":\"2021-01-08\",\"outcome\":\"partly_upheld\","
                + "\"summary\":\"We will fill the pothole by Friday and repay the tyre.\"}")
                .andExpect(status().isOk());
        step(reference, "escalation", "{\"date\":\"2021-01-11\",\"reason\":\"The tyre cost more than you offered.\"}")
                .andExpect(status().isOk());
        step(reference, "notes", "{\"note\":\"Customer rang to chase.\"}").andExpect(status().isOk());

        mvc.perform(as(council.feedbackTeam, get("/api/v1/cases/{r}", reference)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].responseSummary").value("We will fill the pothole by Friday and repay the tyre."))
                .andExpect(jsonPath("$.stages[1].escalationReason").value("The tyre cost more than you offered."))
                .andExpect(jsonPath("$.notes[0].text").value("Customer rang to chase."))
                .andExpect(jsonPath("$.currentStage").value(2));
        mvc.perform(as(council.feedbackTeam, get("/api/v1/cases/{r}/events", reference)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.action == 'RESPONDED')].words",
                        hasItem("We will fill the pothole by Friday and repay the tyre.")))
                .andExpect(jsonPath("$[?(@.action == 'ESCALATED')].words", hasItem("The tyre cost more than you offered.")))
                .andExpect(jsonPath("$[?(@.action == 'NOTE_ADDED')].words", hasItem("Customer rang to chase.")));
    }

    private org.springframework.test.web.servlet.ResultActions step(String reference, String step, String body)
            throws Exception {
        return mvc.perform(as(council.feedbackTeam, post("/api/v1/cases/{r}/" + step, reference))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void answersAStaleVersionWith409() throws Exception {
        String reference = create(council.feedbackTeam, complaint());
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases/{r}/acknowledgement", reference))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"date\":\"2020-12-18\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(council.feedbackTeam, post("/api/v1/cases/{r}/investigation", reference))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(matchesPattern(".*changed by someone else.*")));
    }

    @Test
    void keepsAnOfficerToTheirScope() throws Exception {
        String reference = create(council.feedbackTeam, complaint());
        mvc.perform(as(council.careOfficer, get("/api/v1/cases/{r}", reference))).andExpect(status().isNotFound());
        mvc.perform(as(council.careOfficer, post("/api/v1/cases/{r}/acknowledgement", reference))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2020-12-18\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(council.highwaysOfficer, get("/api/v1/cases/{r}", reference))).andExpect(status().isOk());
        mvc.perform(as(council.viewer, post("/api/v1/cases/{r}/acknowledgement", reference))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2020-12-18\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void asksForCredentials() throws Exception {
        mvc.perform(get("/api/v1/services"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", matchesPattern("application/problem\\+json.*")));
        mvc.perform(get("/api/v1/services").with(httpBasic(council.feedbackTeam.getUsername(), "wrong-password")))
                .andExpect(status().isUnauthorized());
    }
}
