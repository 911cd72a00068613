package org.sachet.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.sachet.http.ApiError;

/**
 * The JSON API for the offline capture app, scripts and other systems. Every call authenticates with HTTP
 * Basic or a personal API token; errors are always {@link ApiError} bodies. The API is described by hand in
 * {@code org/sachet/api/openapi.yaml} (OpenAPI 3.0), served as it is at {@code /openapi}: a change to an address, a
 * body or a status here is a change there.
 */
@ApplicationPath("/api/v1")
public class SachetApi extends Application {
}
