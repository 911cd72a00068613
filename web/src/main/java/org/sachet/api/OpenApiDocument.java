package org.sachet.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The API's OpenAPI 3.0 document, {@code openapi.yaml} beside this class, served as written. Not Payara's
 * generated one (switched off in the domain): it put a member of its own at the document's root, gave no
 * operation ids to the download paths that filters serve and read hand-parsed JSON bodies as strings, so tools
 * refused it (issue 18). The build validates this file and checks it against the resources (OpenApiDocumentTest);
 * the integration tests check live answers against its schemas.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiDocument extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String RESOURCE = "openapi.yaml";

    private static final byte[] DOCUMENT = read();

    private static final String ETAG = "\"" + HexFormat.of().formatHex(sha256(DOCUMENT), 0, 8) + "\"";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // RFC 9512: YAML is UTF-8 and its media type takes no charset
        response.setContentType("application/yaml");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", ETAG);
        String held = request.getHeader("If-None-Match");
        if (held != null && (held.contains(ETAG) || held.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(DOCUMENT.length);
        response.getOutputStream().write(DOCUMENT);
    }

    private static byte[] read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + OpenApiDocument.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
