package org.sachet.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.sachet.http.ApiError;

/**
 * The JSON API for the offline capture app, scripts and other systems. Every call authenticates with HTTP
 * Basic or a personal API token; errors are always {@link ApiError} bodies.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Sachet API", version = "1",
                description = "Learning and campaign content management for anti-trafficking prevention in Nepal"),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
        @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A personal API token made on the account page")})
public class SachetApi extends Application {
}
