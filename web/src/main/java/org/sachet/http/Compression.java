package org.sachet.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips pages, styles, scripts, JSON and the other text Sachet writes itself, for browsers that accept it:
 * PrimeFaces' scripts alone are 548 KB as they are, 26 s on a rural 400 kbit/s link (issue 18).
 *
 * <p>Not Payara's HTTP listener compression: after a file went out by sendfile on a kept-alive connection, the
 * listener sent later compressed answers on it without their headers, so a browser that downloaded a kit could
 * not read the next page (WireIT). Stored files and kits never reach this filter (their filters answer before
 * it), nor do answers to a byte range or a HEAD, nor any type outside {@link #TYPES}.
 *
 * <p>Signed-in pages are compressed too, although compressed size can leak a secret that sits beside text an
 * attacker puts in the page (BREACH): the secrets of a page change with every answer (Faces' view state, kept on
 * the server, is named by fresh random ids each time; the script nonce is new per request) and the session id
 * travels only in its cookie, so no two answers share a secret to guess byte by byte (WireIT checks this).
 */
public class Compression extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The media types gzipped: always Sachet's own text, never a stored file (which can be text/plain). */
    static final Set<String> TYPES = Set.of("text/html", "text/css", "text/javascript", "application/javascript",
            "application/json", "image/svg+xml", "application/manifest+json", "application/yaml",
            "application/vnd.oai.openapi", "text/calendar", "application/xml", "text/xml");

    /** Below this, the gzip header and a round trip's worth of bytes are not worth it. */
    static final int MIN_BYTES = 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("HEAD".equals(request.getMethod()) || request.getHeader("Range") != null || !acceptsGzip(request)) {
            chain.doFilter(request, response);
            return;
        }
        Gzipping gzipping = new Gzipping(response);
        chain.doFilter(request, gzipping);
        if (!request.isAsyncStarted()) { // no answer that gets here goes on asynchronously (only file downloads do)
            gzipping.finish();
        }
    }

    /** Whether Accept-Encoding names gzip (or *) without q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether an answer of this status, type, encoding and length is gzipped. */
    static boolean compresses(int status, String contentType, boolean encoded, long length) {
        if (encoded || status == 204 || status == 206 || status == 304 || contentType == null
                || (length >= 0 && length < MIN_BYTES)) {
            return false;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return TYPES.contains(type);
    }

    /** The response, its body gzipped or passed on as it is, decided at its first byte. */
    private static final class Gzipping extends HttpServletResponseWrapper {

        private final HttpServletResponse response;
        private long declaredLength = -1;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private OutputStream body; // decided: the gzip stream or the response's own
        private GZIPOutputStream gzip;

        Gzipping(HttpServletResponse response) {
            super(response);
            this.response = response;
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (body == null) {
                declaredLength = length; // held until the body is decided
            } else if (gzip == null) {
                response.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value == null ? -1 : Long.parseLong(value.strip()));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value);
            } else {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            if (stream == null) {
                stream = new DecidingStream();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was called already");
                }
                stream = new DecidingStream();
                String charset = response.getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(stream,
                        Charset.forName(charset == null ? "ISO-8859-1" : charset)), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body != null) {
                body.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (body != null && gzip != null) {
                throw new IllegalStateException("the gzipped body has begun");
            }
            super.resetBuffer();
        }

        private OutputStream body() throws IOException {
            if (body == null) {
                if (compresses(response.getStatus(), response.getContentType(),
                        response.containsHeader("Content-Encoding"), declaredLength)) {
                    response.setHeader("Content-Encoding", "gzip");
                    response.addHeader("Vary", "Accept-Encoding");
                    gzip = new GZIPOutputStream(response.getOutputStream(), 8192, true);
                    body = gzip;
                } else {
                    if (declaredLength >= 0) {
                        response.setContentLengthLong(declaredLength);
                    }
                    body = response.getOutputStream();
                }
            }
            return body;
        }

        /** Ends the gzip stream (its trailer), or passes a held length on for an answer with no body written. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body == null) {
                if (declaredLength >= 0 && !response.isCommitted()) {
                    response.setContentLengthLong(declaredLength);
                }
                return;
            }
            if (gzip != null) {
                gzip.finish();
            }
        }

        private final class DecidingStream extends ServletOutputStream {

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    body().write(bytes, offset, length);
                }
            }

            @Override
            public void flush() throws IOException {
                if (body != null) {
                    body.flush();
                }
            }

            @Override
            public void close() throws IOException {
                finish();
                if (body != null) {
                    body.close();
                }
            }

            @Override
            public boolean isReady() {
                return gzip != null || !(body instanceof ServletOutputStream own) || own.isReady();
            }

            /**
             * A non-blocking writer gets the response's own stream, its body uncompressed: gzip here writes through
             * blocking calls. No answer that reaches this filter writes so today (the file downloads are answered
             * before it); one that does goes out whole rather than failing.
             */
            @Override
            public void setWriteListener(WriteListener listener) {
                if (gzip != null) {
                    throw new IllegalStateException("the gzipped body has begun");
                }
                if (body == null) {
                    if (declaredLength >= 0) {
                        response.setContentLengthLong(declaredLength);
                    }
                    try {
                        body = response.getOutputStream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                ((ServletOutputStream) body).setWriteListener(listener);
            }
        }
    }
}
