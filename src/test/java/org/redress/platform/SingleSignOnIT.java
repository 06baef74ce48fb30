package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in through the council's identity provider, configured as a council would for Microsoft Entra ID (endpoints
 * given outright, so the test needs no network): the sign-in page offers it, the browser is sent to the provider, and
 * the provider's verified user becomes the staff account with the same email address, or nobody.
 */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.entra.client-id=redress-test",
        "spring.security.oauth2.client.registration.entra.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.entra.client-name=Microsoft",
        "spring.security.oauth2.client.registration.entra.scope=openid,email,profile",
        "spring.security.oauth2.client.registration.entra.provider=entra",
        "spring.security.oauth2.client.registration.entra.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.entra.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.entra.authorization-uri=https://login.example.test/tenant/oauth2/v2.0/authorize",
        "spring.security.oauth2.client.provider.entra.token-uri=https://login.example.test/tenant/oauth2/v2.0/token",
        "spring.security.oauth2.client.provider.entra.jwk-set-uri=https://login.example.test/tenant/discovery/v2.0/keys",
        "spring.security.oauth2.client.provider.entra.user-name-attribute=sub"})
@AutoConfigureMockMvc
class SingleSignOnIT {

    @Autowired MockMvc mvc;
    @Autowired SingleSignOn singleSignOn;

    @Autowired TestCouncil council;

    @Test
    void theSignInPageOffersTheProviderAndSendsTheBrowserToIt() throws Exception {
        mvc.perform(get("/staff/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/entra\"")))
                .andExpect(content().string(containsString("Sign in with Microsoft")));

        mvc.perform(get("/oauth2/authorization/entra")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", allOf(
                        startsWith("https://login.example.test/tenant/oauth2/v2.0/authorize?"),
                        containsString("client_id=redress-test"), containsString("scope=openid%20email%20profile"),
                        containsString("redirect_uri=http://localhost/login/oauth2/code/entra"),
                        containsString("nonce="), containsString("state="))));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(nullValues = "-", value = {
            "EMAIL,           -",           // email claim, as Google Workspace and Okta send
            "-,               EMAIL",       // Entra ID: only preferred_username for many accounts
            "UPPER,           -",           // addresses match whatever their case
    })
    void theProvidersUserBecomesTheStaffAccountWithThatEmailAddress(String emailClaim, String preferredUsername)
            throws Exception {
        String address = council.careOfficer.getUsername() + "@example.gov.uk";
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/entra");
        MockHttpServletResponse response = new MockHttpServletResponse();

        singleSignOn.signIn(request, response, fromProvider(claim(emailClaim, address), claim(preferredUsername, address)));

        assertThat(response.getRedirectedUrl()).isEqualTo("/staff");
        SecurityContext saved = (SecurityContext) request.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        StaffUser signedIn = (StaffUser) saved.getAuthentication().getPrincipal();
        assertThat(signedIn.getUsername()).isEqualTo(council.careOfficer.getUsername());
        assertThat(signedIn.authorityId()).isEqualTo(council.authority.id());
        assertThat(saved.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrderElementsOf(council.careOfficer.getAuthorities().stream().map(Object::toString).toList());
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"nobody@example.gov.uk", "-", "not-an-address"})
    void anyoneWithoutAStaffAccountIsSentBackToSignInWithNothingSignedIn(String email) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/entra");
        request.getSession(true).setAttribute("something", "from before");
        MockHttpServletResponse response = new MockHttpServletResponse();

        singleSignOn.signIn(request, response, fromProvider(email, null));

        assertThat(response.getRedirectedUrl()).isEqualTo("/staff/sign-in?unknownAccount");
        assertThat(request.getSession(false)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        mvc.perform(get("/staff/sign-in").param("unknownAccount", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("no staff account here has your email address")));
    }

    private String claim(String which, String address) {
        return which == null ? null : which.equals("UPPER") ? address.toUpperCase() : address;
    }

    private static OAuth2AuthenticationToken fromProvider(String email, String preferredUsername) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", "provider-subject-1");
        claims.put("iss", "https://login.example.test/tenant/v2.0");
        if (email != null) {
            claims.put("email", email);
        }
        if (preferredUsername != null) {
            claims.put("preferred_username", preferredUsername);
        }
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300), claims);
        DefaultOidcUser user = new DefaultOidcUser(List.of(), token, "sub");
        return new OAuth2AuthenticationToken(user, List.of(), "entra");
    }
}
