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
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps every request body, however it is sent. A body whose declared length is over its limit gets the "too big"
 * page (413) before anything reads it (left to the server, the limit would surface as a missing CSRF token (403: the
 * form's fields are never parsed) or a 500); runs before the security filters for that reason. A body sent in chunks
 * declares no length: a multipart one outside the imports is refused (411: browsers always give the length; the
 * server's own multipart limit is the imports' gigabyte), any other is counted as it is read and stops at its limit
 * ({@link BodyTooLarge}, a 413). Forms sent url-encoded are held to the server's own form size limit.
 */
@Component
@Order(-150)
class UploadLimit extends OncePerRequestFilter {

    /** Where case files are imported: the server's own (larger) multipart limit applies there. */
    private static final List<String> IMPORTS = List.of("/staff/imports", "/api/v1/imports/");

    private final long maxRequestBytes;
    private final long maxImportBytes;
    private final long maxBodyBytes;

    UploadLimit(@Value("${redress.attachments.max-request-size:60MB}") DataSize maxRequestSize,
            @Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize maxImportSize,
            @Value("${redress.requests.max-body-size:10MB}") DataSize maxBodySize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxImportBytes = maxImportSize.toBytes();
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean imports = IMPORTS.stream().anyMatch(path::startsWith);
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        long limit = imports ? maxImportBytes : multipart ? maxRequestBytes : maxBodyBytes;
        long length = request.getContentLengthLong();
        if (limit > 0 && length > limit) {
            // Marked as the error being shown, so the error page's own dispatch does not try to parse the upload
            // again (and answer in JSON); it renders error/413.
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MaxUploadSizeExceededException(limit));
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (length < 0 && limit > 0 && request.getHeader("Transfer-Encoding") != null) {
            if (multipart && !imports) {
                response.sendError(HttpStatus.LENGTH_REQUIRED.value());
                return;
            }
            chain.doFilter(new Capped(request, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A body read past its limit: answered 413 by {@link ApiProblems} and {@link PageProblems}. */
    static class BodyTooLarge extends RuntimeException {
        BodyTooLarge(long limit) {
            super("The request body is larger than " + DataSize.ofBytes(limit).toMegabytes() + "MB");
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (limit > 0 && read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
