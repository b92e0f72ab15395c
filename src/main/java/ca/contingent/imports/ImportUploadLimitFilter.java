package ca.contingent.imports;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload to the import page that is larger than the servlet container accepts fails
 * inside the security filters (the CSRF check reads the form), before any controller, and
 * the user would get the container's own English error page. This filter answers such an
 * upload first, before Spring Security: it reads and discards the body, so that the
 * browser sees the answer instead of a reset connection, and sends the user back to the
 * form, which then says in their language that the file is too large.
 */
@Component
@Order(-110)
class ImportUploadLimitFilter extends OncePerRequestFilter {

    private final long limit;

    ImportUploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.limit = Math.min(maxFileSize.toBytes(), maxRequestSize.toBytes());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/imports").equals(request.getRequestURI())
                || request.getContentLengthLong() <= this.limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try (InputStream body = request.getInputStream()) {
            int n;
            while (drained < CsvFile.MAX_DISCARDED && (n = body.read(buffer)) != -1) {
                drained += n;
            }
        }
        response.setHeader("Connection", "close");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/imports?tooLarge=true");
    }

}
