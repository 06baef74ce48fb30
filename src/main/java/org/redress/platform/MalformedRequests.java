package org.redress.platform;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
            try {
                request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException e) {
                // Tomcat's InvalidParameterException is an IllegalStateException; its message quotes the input.
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
