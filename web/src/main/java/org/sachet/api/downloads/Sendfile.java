package org.sachet.api.downloads;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a region of a file with the container's {@code sendfile(2)}: the kernel moves the bytes from the
 * page cache to the socket, with no copy through the heap. The Servlet API has no such call, so this reaches
 * the Grizzly response under Payara's servlet response (the one container Sachet runs on) and uses its
 * {@code OutputBuffer.sendfile}, inside servlet async processing so the container finishes the response
 * only when the kernel is done. Only plain HTTP/1.x qualifies: over TLS or HTTP/2 (which clients reach by an h2c
 * upgrade, as Java's HttpClient does) the bytes must pass through user space. Grizzly offers it only when the server runs with
 * {@code -Dorg.glassfish.grizzly.http.USE_SEND_FILE=true} (set by {@code prepare-domain.sh}); anywhere else
 * {@link #start} says no and the caller copies the bytes itself.
 */
final class Sendfile {

    private static final Logger LOG = Logger.getLogger(Sendfile.class.getName());

    private Sendfile() {
    }

    /**
     * Starts sending; the response's status and headers must be set. Returns false, having touched nothing,
     * when sendfile is not available for this request (another container, TLS, sendfile off).
     */
    static boolean start(HttpServletRequest request, ServletResponse response, Path file, long offset, long length)
            throws IOException {
        if (request.isSecure() || !request.isAsyncSupported() || !request.getProtocol().startsWith("HTTP/1.")) {
            return false; // TLS must encrypt in user space, and HTTP/2 frames the body: both need the bytes
        }
        Object outputBuffer;
        Method sendfile;
        Class<?> handlerType;
        try {
            Object grizzlyResponse = grizzlyResponse(response);
            if (grizzlyResponse == null
                    || !(Boolean) grizzlyResponse.getClass().getMethod("isSendFileEnabled").invoke(grizzlyResponse)) {
                return false;
            }
            outputBuffer = grizzlyResponse.getClass().getMethod("getOutputBuffer").invoke(grizzlyResponse);
            handlerType = Class.forName("org.glassfish.grizzly.CompletionHandler", false,
                    outputBuffer.getClass().getClassLoader());
            sendfile = outputBuffer.getClass().getMethod("sendfile", File.class, long.class, long.class, handlerType);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "sendfile is not available here; copying instead", e);
            return false;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // a phone on a slow link may take an hour; Grizzly's write timeout ends dead ones
        Object whenDone = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                (proxy, method, args) -> switch (method.getName()) {
                    case "completed", "cancelled" -> {
                        async.complete();
                        yield null;
                    }
                    case "failed" -> { // mostly a client that went away mid-download
                        LOG.log(Level.FINE, "sendfile ended early", (Throwable) args[0]);
                        async.complete();
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "sendfile of " + file;
                    default -> null; // updated(): progress, nothing to do
                });
        try {
            sendfile.invoke(outputBuffer, file.toFile(), offset, length, whenDone);
        } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
            async.complete();
            throw new IOException("sendfile of " + file + " failed", e instanceof InvocationTargetException i ? i.getCause() : e);
        }
        return true;
    }

    /** Payara's response facade → Catalina response → Grizzly response; null under any other container. */
    private static Object grizzlyResponse(ServletResponse response) throws ReflectiveOperationException {
        ServletResponse unwrapped = response;
        while (unwrapped instanceof ServletResponseWrapper wrapper) {
            unwrapped = wrapper.getResponse();
        }
        if (!unwrapped.getClass().getName().equals("org.apache.catalina.connector.ResponseFacade")) {
            return null;
        }
        Field catalinaField = unwrapped.getClass().getDeclaredField("response");
        catalinaField.setAccessible(true);
        Object catalina = catalinaField.get(unwrapped);
        return catalina.getClass().getMethod("getCoyoteResponse").invoke(catalina);
    }
}
