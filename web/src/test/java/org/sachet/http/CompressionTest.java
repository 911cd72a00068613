package org.sachet.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompressionTest {

    @Test
    void gzipsSachetsOwnTextOfSomeSize() {
        assertTrue(Compression.compresses(200, "text/html;charset=UTF-8", false, -1));
        assertTrue(Compression.compresses(200, "application/json", false, 5_000));
        assertTrue(Compression.compresses(404, "text/html", false, -1), "an error page is a page");
        assertFalse(Compression.compresses(200, "text/html", false, 500), "too small to gain");
        assertFalse(Compression.compresses(200, "text/plain", false, 50_000), "a stored file can be plain text");
        assertFalse(Compression.compresses(200, "application/pdf", false, 50_000));
        assertFalse(Compression.compresses(200, "application/zip", false, 50_000));
        assertFalse(Compression.compresses(206, "text/html", false, 50_000), "a range of the bytes as they are");
        assertFalse(Compression.compresses(304, "text/html", false, -1));
        assertFalse(Compression.compresses(200, "text/html", true, -1), "encoded already");
        assertFalse(Compression.compresses(200, null, false, -1));
    }

    @Test
    void readsAcceptEncodingWithItsWeights() {
        assertTrue(accepts("gzip, deflate, br"));
        assertTrue(accepts("br;q=1.0, gzip;q=0.8"));
        assertTrue(accepts("*"));
        assertFalse(accepts("gzip;q=0"));
        assertFalse(accepts("gzip; q=0.000"));
        assertFalse(accepts("identity"));
        assertFalse(accepts(null));
    }

    private static boolean accepts(String header) {
        var request = (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                CompressionTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader") ? header : null);
        return Compression.acceptsGzip(request);
    }

    @Test
    void aNonBlockingWriterGetsTheResponsesOwnStreamUncompressed() throws Exception {
        var request = (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                CompressionTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getHeader" -> "Accept-Encoding".equals(args[0]) ? "gzip" : null;
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
        java.util.List<jakarta.servlet.WriteListener> listeners = new java.util.ArrayList<>();
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        var own = new jakarta.servlet.ServletOutputStream() {
            @Override
            public boolean isReady() {
                return false;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
                listeners.add(listener);
            }

            @Override
            public void write(int b) {
            }
        };
        var response = (jakarta.servlet.http.HttpServletResponse) java.lang.reflect.Proxy.newProxyInstance(
                CompressionTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getOutputStream" -> own;
                    case "getStatus" -> 200;
                    case "getContentType" -> "application/json";
                    case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
        jakarta.servlet.WriteListener listener = new jakarta.servlet.WriteListener() {
            @Override
            public void onWritePossible() {
            }

            @Override
            public void onError(Throwable t) {
            }
        };
        new Compression().doFilter(request, response, (req, res) -> {
            jakarta.servlet.ServletOutputStream out = res.getOutputStream();
            out.setWriteListener(listener);
            assertFalse(out.isReady(), "readiness is the response's own");
        });
        assertEquals(java.util.List.of(listener), listeners);
        assertFalse(headers.containsKey("Content-Encoding"), headers.toString());
    }
}
