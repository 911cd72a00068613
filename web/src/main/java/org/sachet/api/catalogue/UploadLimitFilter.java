package org.sachet.api.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.ApiError;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.web.i18n.Texts;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses an upload whose announced size is over the limit before a byte of its body is read: the REST
 * layer parses multipart bodies before a resource method runs, so the check must come first.
 */
@WebFilter("/api/v1/materials")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the multipart boundaries and fields around the file itself. */
    static final long MULTIPART_OVERHEAD = 1 << 20;

    @Inject
    private MaterialUploads uploads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = uploads.maxUploadBytes();
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit + MULTIPART_OVERHEAD) {
            Locale locale = Texts.localeOf(request.getHeader("Accept-Language"));
            String message = Texts.get(locale, "upload.tooLarge", limit);
            response.setHeader("Connection", "close"); // do not wait for the body nobody will read
            new ApiError("upload.tooLarge", message, List.of(new ApiError.FieldError("file", message)))
                    .send(response, 413);
            response.flushBuffer(); // the client gets the answer now, while it may still be sending
            return;
        }
        chain.doFilter(request, response);
    }
}
