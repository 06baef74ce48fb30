package org.redress.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Lock-out after repeated failed sign-ins, the same answer for unknown usernames, unlock, and password hashes. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInIT {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_ACROSS_ADDRESSES = 20;

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient db;
    @Value("${redress.sign-in.password-strength}") int strength;

    @Autowired TestCouncil council;
    StaffUser administrator;

    @BeforeEach
    void council() {
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Admin", null,
                EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        administrator = (StaffUser) staff.loadUserByUsername(username);
    }

    private void failTimes(String username, int times, String expectedRedirect) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(formLogin("/staff/sign-in").user(username).password("wrong-password-" + i))
                    .andExpect(redirectedUrl(expectedRedirect));
        }
    }

    @Test
    void refusesSignInAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
        String username = council.feedbackTeam.getUsername();
        failTimes(username, MAX_FAILURES, "/staff/sign-in?error");
        mvc.perform(formLogin("/staff/sign-in").user(username).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
        // The username's case does not matter, and HTTP Basic on the API is refused too.
        mvc.perform(formLogin("/staff/sign-in").user(username.toUpperCase()).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
        mvc.perform(get("/api/v1/services").with(httpBasic(username, TestCouncil.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/sign-in").param("locked", ""))
                .andExpect(content().string(Matchers.containsString("too many failed attempts")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signInFrom(String address,
            String username, String password) {
        return post("/staff/sign-in").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void failuresFromOneAddressDoNotStopThePersonSigningInFromAnother() throws Exception {
        String username = administrator.getUsername();
        for (int i = 0; i < MAX_FAILURES; i++) {
            mvc.perform(signInFrom("192.0.2.66", username, "guess-number-" + i))
                    .andExpect(redirectedUrl("/staff/sign-in?error"));
        }
        mvc.perform(signInFrom("192.0.2.66", username, TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
        mvc.perform(signInFrom("198.51.100.7", username, TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff"));
        // And the guesser's address stays locked out after the real person's success.
        mvc.perform(signInFrom("192.0.2.66", username, TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
    }

    /** Guesses at one account spread over many addresses, each below its own limit: {@code guess-n} from the nth. */
    private void guessFromManyAddresses(String username, int guesses) throws Exception {
        for (int n = 0; n < guesses; n++) {
            mvc.perform(signInFrom("203.0.113." + (10 + n / (MAX_FAILURES - 1)), username, "guess-" + n))
                    .andExpect(redirectedUrl("/staff/sign-in?error"));
        }
    }

    @Test
    void guessesSpreadOverManyAddressesSlowDownButThePersonStillSignsInFromTheirUsualAddress() throws Exception {
        String username = administrator.getUsername();
        mvc.perform(signInFrom("198.51.100.7", username, TestCouncil.PASSWORD)).andExpect(redirectedUrl("/staff"));
        guessFromManyAddresses(username, MAX_FAILURES_ACROSS_ADDRESSES - 1);
        // Below the overall limit a new address still gets in (and is then one the account uses).
        mvc.perform(signInFrom("198.51.100.8", username, TestCouncil.PASSWORD)).andExpect(redirectedUrl("/staff"));
        mvc.perform(signInFrom("203.0.113.99", username, "one-guess-more"))
                .andExpect(redirectedUrl("/staff/sign-in?error"));
        // Past it, even the right password is refused from an address the account has not signed in from...
        mvc.perform(signInFrom("192.0.2.200", username, TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
        mvc.perform(signInFrom("203.0.113.10", username, TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
        // ...while the real person signs in from the addresses they used.
        mvc.perform(signInFrom("198.51.100.7", username, TestCouncil.PASSWORD)).andExpect(redirectedUrl("/staff"));
        mvc.perform(signInFrom("198.51.100.8", username, TestCouncil.PASSWORD)).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void anAddressNotSignedInFromForLongerThanItIsKeptIsNoLongerExempt() throws Exception {
        String username = administrator.getUsername();
        mvc.perform(signInFrom("198.51.100.7", username, TestCouncil.PASSWORD)).andExpect(redirectedUrl("/staff"));
        db.sql("update sign_in_known_address set last_signed_in_at = last_signed_in_at - interval '31' day "
                + "where username = ?").param(username.toLowerCase()).update();
        guessFromManyAddresses(username, MAX_FAILURES_ACROSS_ADDRESSES);
        mvc.perform(signInFrom("198.51.100.7", username, TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
        // Once the window has passed, the count no longer holds anyone back.
        db.sql("update sign_in_lockout set first_failure_at = first_failure_at - interval '16' minute where username = ?")
                .param(username.toLowerCase()).update();
        mvc.perform(signInFrom("198.51.100.7", username, TestCouncil.PASSWORD)).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void fewerFailuresThanTheLimitLeaveSignInOpenAndASuccessStartsTheCountAgain() throws Exception {
        String username = council.viewer.getUsername();
        failTimes(username, MAX_FAILURES - 1, "/staff/sign-in?error");
        mvc.perform(formLogin("/staff/sign-in").user(username).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff"));
        failTimes(username, MAX_FAILURES - 1, "/staff/sign-in?error");
        mvc.perform(formLogin("/staff/sign-in").user(username).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void anUnknownUsernameGetsExactlyTheSameAnswers() throws Exception {
        String unknown = council.prefix + ".nobody";
        failTimes(unknown, MAX_FAILURES, "/staff/sign-in?error");
        mvc.perform(formLogin("/staff/sign-in").user(unknown).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?locked"));
    }

    @Test
    void theLockOutEndsOnceItsTimeHasPassed() throws Exception {
        String username = council.careOfficer.getUsername();
        failTimes(username, MAX_FAILURES, "/staff/sign-in?error");
        // Move the stored times back past the 15 minutes rather than wait.
        db.sql("""
                update sign_in_lockout set first_failure_at = first_failure_at - interval '16' minute,
                       locked_until = locked_until - interval '16' minute where username = ?""")
                .param(username.toLowerCase()).update();
        mvc.perform(formLogin("/staff/sign-in").user(username).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void anAdministratorCanUnlockFromTheStaffPages() throws Exception {
        String username = council.highwaysOfficer.getUsername();
        failTimes(username, MAX_FAILURES, "/staff/sign-in?error");
        long id = council.highwaysOfficer.staffId();
        mvc.perform(get("/staff/admin/staff").with(user(administrator)))
                .andExpect(content().string(Matchers.containsString("Sign-in paused")));
        mvc.perform(get("/staff/admin/staff/{id}", id).with(user(administrator)))
                .andExpect(content().string(Matchers.containsString("Let them sign in now")));
        mvc.perform(post("/staff/admin/staff/{id}/unlock", id).with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/admin/staff/{id}/unlock", id).with(user(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/staff/admin/staff"));
        mvc.perform(formLogin("/staff/sign-in").user(username).password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void newPasswordsAreBcryptAtTheConfiguredCostAndWeakerHashesAreUpgradedOnSignIn() throws Exception {
        String cost = "%02d".formatted(strength);
        long id = council.secondHighwaysOfficer.staffId();
        assertThat(hash(id)).startsWith("{bcrypt}$2a$" + cost + "$");
        db.sql("update staff set password_hash = ? where id = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestCouncil.PASSWORD), id).update();
        mvc.perform(formLogin("/staff/sign-in").user(council.secondHighwaysOfficer.getUsername())
                        .password(TestCouncil.PASSWORD))
                .andExpect(redirectedUrl("/staff"));
        assertThat(hash(id)).startsWith("{bcrypt}$2a$" + cost + "$");
        assertThat(new BCryptPasswordEncoder().matches(TestCouncil.PASSWORD, hash(id).substring("{bcrypt}".length())))
                .isTrue();
    }

    private String hash(long id) {
        return db.sql("select password_hash from staff where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aCommonOrRepetitivePasswordIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/staff/admin/staff/new").with(user(administrator)).with(csrf())
                        .param("username", council.prefix + ".weak").param("displayName", "Weak").param("roles", "report_viewer")
                        .param("scopeKind", "whole_council").param("password", "aaaaaaaaaaaa"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("must not repeat the same few characters")));
        mvc.perform(post("/staff/admin/staff/new").with(user(administrator)).with(csrf())
                        .param("username", council.prefix + ".weak").param("displayName", "Weak").param("roles", "report_viewer")
                        .param("scopeKind", "whole_council").param("password", "Password2024!"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("one of the most common")));
        assertThat(staff.findByUsername(council.prefix + ".weak")).isEmpty();
    }

    @Test
    void withNoIdentityProviderConfiguredTheSignInPageOffersOnlyThePasswordForm() throws Exception {
        mvc.perform(get("/staff/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/oauth2/authorization/"))));
        mvc.perform(get("/oauth2/authorization/entra")).andExpect(status().isUnauthorized());
    }
}
