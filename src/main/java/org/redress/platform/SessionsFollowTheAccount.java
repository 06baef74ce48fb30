package org.redress.platform;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks a session's sign-in against the account on every request, so that deactivating someone, suspending their
 * council or changing their password ends each of their open sessions on the next request, and new roles or scope
 * apply at once, on whichever instance answers (the check reads the shared database, not the session).
 */
class SessionsFollowTheAccount extends OncePerRequestFilter {

    private final SignedInAccounts accounts;

    SessionsFollowTheAccount(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Optional<Authentication> now = accounts.current(signedIn);
            if (now.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (now.get() != signedIn) {
                // For this request only: the next one checks again, so the session need not be rewritten.
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(now.get());
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
