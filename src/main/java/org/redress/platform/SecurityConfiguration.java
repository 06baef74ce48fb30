package org.redress.platform;

import static org.springframework.security.config.Customizer.withDefaults;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API (stateless, HTTP Basic, answers in problem details) and the web pages (form
 * sign-in, session, CSRF). Who may do what within a page is decided by the module that owns it; here we only
 * separate public pages from staff pages and administration.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /** Cost of new password hashes: 2^12 rounds, a quarter of a second or more on a small server. */
    static final int DEFAULT_BCRYPT_STRENGTH = 12;

    /** The tests lower the cost ({@code redress.sign-in.password-strength}) so that making staff stays quick. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${redress.sign-in.password-strength:" + DEFAULT_BCRYPT_STRENGTH + "}") int strength) {
        // Delegating encoder: new hashes are {bcrypt}; older hashes, and pbkdf2 ones, still match.
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", Map.of(
                "bcrypt", new BCryptPasswordEncoder(strength),
                "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        // A hash of an unknown kind ({noop}, say) is a failed sign-in, not an error.
        encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new UnsupportedOperationException("Only bcrypt makes new hashes");
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return false;
            }
        });
        return encoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, BearerTokens tokens) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, e) -> problem(json, response, HttpStatus.UNAUTHORIZED,
                "Sign in with a staff account (HTTP Basic) or send an API token (Authorization: Bearer) to use the API.");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, e) -> problem(json, response,
                                HttpStatus.FORBIDDEN, "Your account is not allowed to do this.")))
                // No cookies, no session: a cross-site request cannot ride on a signed-in browser.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new MalformedRequests(), HeaderWriterFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, signIn), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** The browsable API description: Swagger UI sets inline styles, so only here are they allowed. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/api-docs", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs",
                        "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new MalformedRequests(), HeaderWriterFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SingleSignOn singleSignOn, SignedInAccounts accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/favicon.svg", "/favicon.ico", "/assets/**", "/govuk/**", "/css/**", "/js/**",
                                "/actuator/health", "/actuator/health/**", "/feedback", "/feedback/**",
                                "/staff/sign-in", "/accessibility").permitAll()
                        .requestMatchers("/staff/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/staff/operator/**").hasRole("SERVICE_OPERATOR")
                        // Forms that change cases: report viewers are refused before a form is even checked.
                        .requestMatchers("/staff/cases/new", "/staff/cases/*/*")
                                .hasAnyRole("ADMINISTRATOR", "FEEDBACK_TEAM", "INVESTIGATING_OFFICER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/staff/sign-in").defaultSuccessUrl("/staff", false).permitAll()
                        .failureHandler(signInFailure()))
                .logout(logout -> logout.logoutUrl("/staff/sign-out").logoutSuccessUrl("/staff/sign-in?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new MalformedRequests(), HeaderWriterFilter.class)
                .addFilterBefore(new SessionsFollowTheAccount(accounts), AnonymousAuthenticationFilter.class)
                .httpBasic(withDefaults());
        if (singleSignOn.configured()) {
            http.oauth2Login(oidc -> oidc.loginPage("/staff/sign-in").successHandler(singleSignOn.onSignedIn())
                    .failureUrl("/staff/sign-in?error"));
        }
        return http.build();
    }

    /** Too many failures get their own message; every other failure the same one, so none names a real account. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/staff/sign-in?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/staff/sign-in?locked"));
        return failure;
    }

    private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Redress\", Bearer realm=\"Redress\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
