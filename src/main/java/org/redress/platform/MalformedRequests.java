package org.redress.platform;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads the parameters before anything else does, so a query string or form body that cannot be decoded (say
 * {@code ?t=%%%}) is a plain 400 page instead of an exception thrown from whichever filter or controller reads a
 * parameter first. Multipart bodies are left to the upload handling, which answers 413 for oversized files.
 * {@code /error} asked for directly has no error to show, so it is not found rather than a 500.
 * It sits in each security chain just after the header writer, so these answers carry the strict headers too.
 */
class MalformedRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI())) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/")) {
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException e) {
                // Tomcat's InvalidParameterException is an IllegalStateException; its message quotes the input.
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
            if (parameters.values().stream().flatMap(Arrays::stream).anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                // PostgreSQL cannot store a NUL in text; no one types one, so it goes rather than failing the save.
                chain.doFilter(withoutNul(request, parameters), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static HttpServletRequest withoutNul(HttpServletRequest request, Map<String, String[]> parameters) {
        Map<String, String[]> clean = new LinkedHashMap<>();
        parameters.forEach((name, values) -> clean.put(name, Arrays.stream(values)
                .map(v -> v == null ? null : v.replace("\0", "")).toArray(String[]::new)));
        Map<String, String[]> unmodifiable = Collections.unmodifiableMap(clean);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = clean.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return unmodifiable;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(clean.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return clean.get(name);
            }
        };
    }
}
