package org.sachet.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.backups.OperatorKey;
import org.sachet.platform.Metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * This server's metrics for the operator's Prometheus, in its text format. Only for whoever holds the operator key
 * ({@code SACHET_HOME/operator.key}), sent as a bearer token (Prometheus's {@code authorization.credentials_file})
 * or in {@code X-Sachet-Operator-Key}: request counts, queues and memory are nobody else's business. Each server of a
 * cluster is scraped on its own address; nginx does not pass {@code /metrics} on (cluster.sh).
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    private transient Metrics metrics;

    @Inject
    private transient OperatorKey operatorKey;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!operatorKey.matches(presentedKey(request))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"sachet-metrics\"");
            ApiError.of("metrics.operatorOnly", Messages.get(FileRequests.localeOf(request), "metrics.operatorOnly"))
                    .send(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] text = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setContentType(PROMETHEUS_TEXT);
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        return request.getHeader("X-Sachet-Operator-Key");
    }
}
