package org.sachet.api.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sachet.accounts.ApiTokenService;
import org.sachet.accounts.IssuedToken;
import org.sachet.http.ApiError;
import org.sachet.http.Messages;
import org.sachet.http.ApiCredentials;

import java.util.Locale;

/**
 * A personal API token for a device, asked for once with the password: the offline capture page keeps it,
 * so a facilitator signs in once and the phone syncs later without the password.
 */
@Path("/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    public record TokenRequest(String label) {
    }

    public record TokenJson(long id, String label, String token, String expiresAt) {
    }

    @Inject
    private ApiTokenService tokens;

    @Context
    private HttpServletRequest http;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(TokenRequest request) {
        if (ApiCredentials.byToken(http)) {
            // a token makes no tokens: a leaked one could otherwise outlive its own revocation in its children
            Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("token.needsPassword", Messages.get(locale, "token.needsPassword"))).build();
        }
        IssuedToken issued = tokens.issue(request == null ? null : request.label());
        return Response.status(Response.Status.CREATED).entity(new TokenJson(issued.id(), issued.label(),
                issued.secret(), issued.expiresAt().toString())).build();
    }
}
