package org.redress.conduct;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class ConductApiIT {

    private static final String COMPLAINT = """
            {"receivedOn":"2020-11-02","councillor":"Councillor Example Person","complainant":"A member of the public",
             "summary":"Said to have been rude to a resident at a public meeting."}""";

    @Autowired MockMvc mvc;
    @Autowired ObjectProvider<TestCouncil> councils;

    @Autowired TestCouncil council;

    private MockHttpServletRequestBuilder as(StaffUser user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), TestCouncil.PASSWORD));
    }

    private String create(String body) throws Exception {
        String json = mvc.perform(as(council.feedbackTeam, post("/api/v1/conduct-complaints"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.reference");
    }

    private MockHttpServletRequestBuilder decision(String reference, String body) {
        return as(council.feedbackTeam, post("/api/v1/conduct-complaints/{r}/decision", reference))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void createsAComplaintAwaitingAssessmentWithItsReference() throws Exception {
        mvc.perform(as(council.feedbackTeam, post("/api/v1/conduct-complaints")).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPLAINT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/conduct-complaints/CC\\d{6}")))
                .andExpect(jsonPath("$.reference").value(matchesPattern("CC\\d{6}")))
                .andExpect(jsonPath("$.councillor").value("Councillor Example Person"))
                .andExpect(jsonPath("$.receivedOn").value("2020-11-02"))
                .andExpect(jsonPath("$.status").value("awaiting_assessment"))
                .andExpect(jsonPath("$.outcome").doesNotExist());
    }

    @Test
    void listsTheCouncilsComplaintsAndOnlyThose() throws Exception {
        String mine = create(COMPLAINT);
        String lastYear = create(COMPLAINT.replace("2020-11-02", "2019-06-10"));
        TestCouncil other = councils.getObject();
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].reference", hasItem(mine)));
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints").param("year", "2020")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].reference").value(mine));
        mvc.perform(as(other.feedbackTeam, get("/api/v1/conduct-complaints")))
                .andExpect(jsonPath("$[*].reference", not(hasItem(lastYear))));
        mvc.perform(as(other.feedbackTeam, get("/api/v1/conduct-complaints/{r}", mine)))
                .andExpect(status().isNotFound());
    }

    @Test
    void namesEachFieldOfBadInput() throws Exception {
        mvc.perform(as(council.feedbackTeam, post("/api/v1/conduct-complaints")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivedOn\":\"2020-11-02\",\"councillor\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("councillor")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("complainant")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
                .andExpect(jsonPath("$.errors[*].field", not(hasItem("receivedOn"))));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/conduct-complaints")).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPLAINT.replace("2020-11-02", "2021-02-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/conduct-complaints")).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPLAINT.replace("2020-11-02", "2999-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("The date received must be today or in the past"));
        mvc.perform(as(council.feedbackTeam, post("/api/v1/conduct-complaints")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivedOn\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints").param("year", "twenty")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(as(council.feedbackTeam, get("/api/v1/conduct-complaints")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    /** Which decision may follow which; the second decision is made on the complaint the first left. */
    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({
            "no_action,                   ,                           concluded, no_action_or_dismissed",
            "dismissed,                   ,                           concluded, no_action_or_dismissed",
            "action_taken_by_party,       ,                           concluded, action_taken",
            "referred_for_investigation,  ,                           under_investigation, ",
            "referred_for_investigation,  breach_found_with_sanction, concluded, action_taken",
            "referred_for_investigation,  no_breach_found,            concluded, no_action_or_dismissed"})
    void recordsTheDecisionsInTheirOrder(String first, String second, String status, String row) throws Exception {
        String reference = create(COMPLAINT);
        mvc.perform(decision(reference, "{\"outcome\":\"" + first + "\",\"decidedOn\":\"2020-11-20\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessedOn").value("2020-11-20"));
        if (second != null) {
            mvc.perform(decision(reference, "{\"outcome\":\"" + second + "\",\"decidedOn\":\"2021-01-15\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.concludedOn").value("2021-01-15"));
        }
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints/{r}", reference)))
                .andExpect(jsonPath("$.status").value(status.strip()))
                .andExpect(row == null ? jsonPath("$.table16Row").doesNotExist() : jsonPath("$.table16Row").value(row));
    }

    @Test
    void refusesADecisionOutOfOrderNamingTheField() throws Exception {
        String reference = create(COMPLAINT);
        mvc.perform(decision(reference, "{\"outcome\":\"breach_found_with_sanction\",\"decidedOn\":\"2020-11-20\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(decision(reference, "{\"outcome\":\"telling_off\",\"decidedOn\":\"2020-11-20\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value(matchesPattern(".*'telling_off' is not an outcome.*")));
        mvc.perform(decision(reference, "{\"outcome\":\"no_action\",\"decidedOn\":\"2020-10-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
        mvc.perform(decision(reference, "{\"version\":0,\"outcome\":\"no_action\",\"decidedOn\":\"2020-11-20\"}"))
                .andExpect(status().isOk());
        // concluded: no further decision follows
        mvc.perform(decision(reference, "{\"outcome\":\"no_action\",\"decidedOn\":\"2020-11-21\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints/{r}/events", reference)))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].action").value("concluded"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() throws Exception {
        String reference = create(COMPLAINT);
        mvc.perform(decision(reference, "{\"version\":7,\"outcome\":\"no_action\",\"decidedOn\":\"2020-11-20\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints/{r}", reference)))
                .andExpect(jsonPath("$.status").value("awaiting_assessment"));
    }

    @Test
    void reportViewersReadButDoNotRecordAndInvestigatingOfficersDoNeither() throws Exception {
        String reference = create(COMPLAINT);
        mvc.perform(as(council.viewer, get("/api/v1/conduct-complaints/{r}", reference))).andExpect(status().isOk());
        mvc.perform(as(council.viewer, post("/api/v1/conduct-complaints")).contentType(MediaType.APPLICATION_JSON)
                .content(COMPLAINT)).andExpect(status().isForbidden());
        mvc.perform(as(council.viewer, post("/api/v1/conduct-complaints/{r}/decision", reference))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"no_action\",\"decidedOn\":\"2020-11-20\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(council.highwaysOfficer, get("/api/v1/conduct-complaints"))).andExpect(status().isForbidden());
        mvc.perform(as(council.highwaysOfficer, get("/api/v1/conduct-complaints/{r}", reference)))
                .andExpect(status().isForbidden());
    }
}
