package org.redress.platform;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers an upload bigger than the multipart limit with the "too big" page (413) before anything reads it. Left to
 * the server, the limit would surface as a missing CSRF token (403: the form's fields are never parsed) or a 500.
 * Runs before the security filters for that reason.
 */
@Component
@Order(-150)
class UploadLimit extends OncePerRequestFilter {

    /** Where case files are imported: the server's own (larger) multipart limit applies there. */
    private static final List<String> IMPORTS = List.of("/staff/imports", "/api/v1/imports/");

    private final long maxRequestBytes;
    private final long maxImportBytes;

    UploadLimit(@Value("${redress.attachments.max-request-size:60MB}") DataSize maxRequestSize,
            @Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize maxImportSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxImportBytes = maxImportSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = IMPORTS.stream().anyMatch(path::startsWith) ? maxImportBytes : maxRequestBytes;
        if (type != null && type.toLowerCase().startsWith("multipart/") && limit > 0
                && request.getContentLengthLong() > limit) {
            // Marked as the error being shown, so the error page's own dispatch does not try to parse the upload
            // again (and answer in JSON); it renders error/413.
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MaxUploadSizeExceededException(limit));
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
