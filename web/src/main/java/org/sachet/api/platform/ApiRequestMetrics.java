package org.sachet.api.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.sachet.platform.Metrics;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every API request from its arrival to its answer, by operation: the path template the request matched
 * ({@code /api/v1/materials/{id}}), so ids and searches never become series of their own. A request that matched no
 * operation counts under {@code unmatched}.
 */
@Provider
@PreMatching
public class ApiRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ApiRequestMetrics.class.getName() + ".started";
    private static final String API = "/api/v1";
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    @Context
    private ResourceInfo resource;

    @Inject
    private Metrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        String path = method == null ? "unmatched"
                : TEMPLATES.computeIfAbsent(method, m -> template(resource.getResourceClass(), m));
        metrics.apiRequest(method(request.getMethod()), path, response.getStatus(), System.nanoTime() - started);
    }

    /** HTTP's own methods by name; anything else a client invents is one series, not one each. */
    static String method(String name) {
        return KNOWN_METHODS.contains(name) ? name : "other";
    }

    /** The operation's path as the resource declares it: the application's, the class's and the method's. */
    static String template(Class<?> resourceClass, Method method) {
        StringBuilder path = new StringBuilder(API);
        Path onClass = null;
        // the container may hand over a proxy's subclass, which does not inherit @Path
        for (Class<?> c = resourceClass; c != null && onClass == null; c = c.getSuperclass()) {
            onClass = c.getAnnotation(Path.class);
        }
        Path onMethod = method.getAnnotation(Path.class);
        for (Path part : new Path[] {onClass, onMethod}) {
            if (part != null && !part.value().isEmpty() && !part.value().equals("/")) {
                String value = part.value();
                path.append(value.startsWith("/") ? "" : "/").append(value.endsWith("/")
                        ? value.substring(0, value.length() - 1) : value);
            }
        }
        return path.toString();
    }
}
