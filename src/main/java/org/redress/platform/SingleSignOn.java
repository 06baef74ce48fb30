package org.redress.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the council's own identity provider (OpenID Connect: Microsoft Entra ID, Google Workspace, Okta...),
 * offered beside the password form only when a registration is configured under
 * {@code spring.security.oauth2.client.registration}. The provider vouches for an email address; Redress signs in the
 * active staff account with that address, with its own roles and scope, and refuses anyone else.
 */
@Component
class SingleSignOn {

    /** A way to sign in shown on the sign-in page. */
    record Provider(String name, String link) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<SingleSignOnAccounts> accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<SingleSignOnAccounts> accounts) {
        this.registrations = registrations;
        this.accounts = accounts;
    }

    boolean configured() {
        return registrations.getIfAvailable() != null;
    }

    /** Each configured provider, for the sign-in page. */
    List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object o : all) {
                ClientRegistration r = (ClientRegistration) o;
                providers.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        return providers;
    }

    /** After the provider's answer is verified: swap its user for the staff account with the same email address. */
    AuthenticationSuccessHandler onSignedIn() {
        return (request, response, authentication) -> signIn(request, response, authentication);
    }

    void signIn(HttpServletRequest request, HttpServletResponse response, Authentication fromProvider) throws IOException {
        String email = null;
        if (fromProvider.getPrincipal() instanceof OidcUser user) {
            // Entra ID puts the sign-in address in preferred_username and leaves email empty for many accounts.
            email = user.getEmail() != null && !user.getEmail().isBlank() ? user.getEmail() : user.getPreferredUsername();
        }
        SingleSignOnAccounts staff = accounts.getIfAvailable();
        Optional<Authentication> account = email == null || staff == null ? Optional.empty() : staff.signIn(email.strip());
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/staff/sign-in?unknownAccount");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(account.get());
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/staff");
    }
}
