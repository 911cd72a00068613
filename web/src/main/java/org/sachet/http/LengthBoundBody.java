package org.sachet.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body ends after its Content-Length. Grizzly does not end the body of a request that asks
 * to upgrade the connection ({@code Upgrade: h2c}, which Java's HttpClient and {@code curl --http2} send):
 * reading it to its end waited for the connection to close, and the call timed out with a 500 after minutes,
 * holding a request thread (issue 14). The bytes are there; this stops at the length the client announced.
 */
final class LengthBoundBody extends HttpServletRequestWrapper {

    private final long length;
    private ServletInputStream body;
    private BufferedReader reader;

    LengthBoundBody(HttpServletRequest request, long length) {
        super(request);
        this.length = length;
    }

    /** Whether a request's body needs this: it asks for an upgrade and says how long its body is. */
    static boolean needed(HttpServletRequest request) {
        return request.getHeader("Upgrade") != null && request.getContentLengthLong() > 0;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("the body is already being read as text");
        }
        if (body == null) {
            body = new Bounded(super.getInputStream(), length);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private static final class Bounded extends ServletInputStream {
        private final ServletInputStream in;
        private long left;

        Bounded(ServletInputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            left = b < 0 ? 0 : left - 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(count, left));
            left = read < 0 ? 0 : left - read;
            return read;
        }

        @Override
        public boolean isFinished() {
            return left <= 0;
        }

        @Override
        public boolean isReady() {
            return left <= 0 || in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
