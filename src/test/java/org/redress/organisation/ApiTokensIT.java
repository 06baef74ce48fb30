package org.redress.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** API tokens: made on a page and shown once, stored hashed, used as Bearer, revoked or expired means 401. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokensIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;

    private String makeToken(StaffUser owner, String name) throws Exception {
        String page = mvc.perform(post("/staff/account/tokens").with(user(owner)).with(csrf())
                        .param("name", name).param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("it will not be shown again")))
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("id=\"new-token\"[^>]*>(rdr_[A-Za-z0-9_-]{43})<").matcher(page);
        assertThat(token.find()).as("the new token is on the page").isTrue();
        return token.group(1);
    }

    @Test
    void aTokenActsAsItsOwnerWithTheirRoleAndScopeAndIsStoredOnlyAsAHash() throws Exception {
        String token = makeToken(council.feedbackTeam, "Weekly sync job");
        assertThat(db.sql("select count(*) from api_token where token_hash = ?").param(token).query(Integer.class).single())
                .isZero();
        assertThat(db.sql("select token_hash from api_token where staff_id = ?").param(council.feedbackTeam.staffId())
                .query(String.class).single()).isEqualTo(ApiTokens.hash(token)).hasSize(64);
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", org.hamcrest.Matchers.hasItems("Highways", "Adult Social Care")));
        // The list shows the name and that it was used, never the token again.
        mvc.perform(get("/staff/account/tokens").with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString("Weekly sync job")))
                .andExpect(content().string(not(containsString(token))));
        // Another person's list does not show it.
        mvc.perform(get("/staff/account/tokens").with(user(council.viewer)))
                .andExpect(content().string(not(containsString("Weekly sync job"))));
    }

    @Test
    void lastUsedIsKeptToTheMinuteWithoutAWriteOnEveryRequest() throws Exception {
        String token = makeToken(council.feedbackTeam, "Busy integration");
        String lastUsed = "select last_used_at from api_token where token_hash = ?";
        assertThat(db.sql(lastUsed).param(ApiTokens.hash(token)).query(java.sql.Timestamp.class).optional()).isEmpty();
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        java.sql.Timestamp first = db.sql(lastUsed).param(ApiTokens.hash(token)).query(java.sql.Timestamp.class).single();
        assertThat(first).as("the first use is recorded").isNotNull();
        // Marked as used at a known moment within the last minute: another request leaves it alone.
        java.sql.Timestamp recent = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(20));
        db.sql("update api_token set last_used_at = ? where token_hash = ?").params(recent, ApiTokens.hash(token)).update();
        recent = db.sql(lastUsed).param(ApiTokens.hash(token)).query(java.sql.Timestamp.class).single();
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(db.sql(lastUsed).param(ApiTokens.hash(token)).query(java.sql.Timestamp.class).single()).isEqualTo(recent);
        // Last used more than a minute ago: the next request brings it up to date.
        java.sql.Timestamp old = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600));
        db.sql("update api_token set last_used_at = ? where token_hash = ?").params(old, ApiTokens.hash(token)).update();
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(db.sql(lastUsed).param(ApiTokens.hash(token)).query(java.sql.Timestamp.class).single()).isAfter(recent);
    }

    @Test
    void aReportViewersTokenCannotChangeCases() throws Exception {
        String token = makeToken(council.viewer, "Read only");
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .content("{\"type\":\"complaint\",\"channel\":\"email\",\"receivedOn\":\"2021-03-01\",\"serviceId\":"
                                + council.highways.id() + ",\"description\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void revokedExpiredUnknownAndMalformedTokensAre401() throws Exception {
        String revoked = makeToken(council.highwaysOfficer, "To revoke");
        long id = db.sql("select id from api_token where token_hash = ?").param(ApiTokens.hash(revoked))
                .query(Long.class).single();
        mvc.perform(post("/staff/account/tokens/{id}/revoke", id).with(user(council.careOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + revoked)).andExpect(status().isOk());
        mvc.perform(post("/staff/account/tokens/{id}/revoke", id).with(user(council.highwaysOfficer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String expired = makeToken(council.highwaysOfficer, "To expire");
        db.sql("update api_token set expires_at = created_at - interval '1' day where token_hash = ?")
                .param(ApiTokens.hash(expired)).update();
        for (String bad : new String[] {revoked, expired, "rdr_" + "A".repeat(43), "not-a-token", "", "rdr_\u202e",
                "x".repeat(5000)}) {
            mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + bad))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        }
    }

    @Test
    void aDeactivatedAccountsTokensStopWorking() throws Exception {
        String token = makeToken(council.careOfficer, "Leaver");
        db.sql("update staff set active = false where id = ?").param(council.careOfficer.staffId()).update();
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameAndALifetime() throws Exception {
        mvc.perform(post("/staff/account/tokens").with(user(council.feedbackTeam)).with(csrf()).param("days", "30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a name for the token")));
        mvc.perform(post("/staff/account/tokens").with(user(council.feedbackTeam)).with(csrf())
                        .param("name", "x").param("days", "10000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select how long the token lasts")));
        mvc.perform(post("/staff/account/tokens").with(user(council.feedbackTeam)).param("name", "x").param("days", "30"))
                .andExpect(status().isForbidden());
    }
}
