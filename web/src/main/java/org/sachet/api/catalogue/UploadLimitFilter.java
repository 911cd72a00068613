package org.sachet.api.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.sachet.api.ApiError;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.web.i18n.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            response.setStatus(413);
            response.setHeader("Connection", "close"); // do not wait for the body nobody will read
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            ApiError error = new ApiError("upload.tooLarge", message, List.of(new ApiError.FieldError("file", message)));
            try (Jsonb json = JsonbBuilder.create()) {
                response.getOutputStream().write(json.toJson(error).getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IOException("writing the refusal failed", e);
            }
            response.flushBuffer(); // the client gets the answer now, while it may still be sending
            return;
        }
        chain.doFilter(request, response);
    }
}
