package org.redress.platform;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code Authorization: Bearer <token>} on the API: a good token signs in as its owner; any other is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "bearer ";

    private final BearerTokens tokens;
    private final AuthenticationEntryPoint refuse;

    BearerTokenFilter(BearerTokens tokens, AuthenticationEntryPoint refuse) {
        this.tokens = tokens;
        this.refuse = refuse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> signedIn = tokens.authenticate(header.substring(PREFIX.length()).strip());
        if (signedIn.isEmpty()) {
            SecurityContextHolder.clearContext();
            refuse.commence(request, response, null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
