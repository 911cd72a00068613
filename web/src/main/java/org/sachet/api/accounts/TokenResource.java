package org.sachet.api.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sachet.accounts.ApiTokenService;
import org.sachet.accounts.IssuedToken;

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

    public record TokenJson(long id, String label, String token) {
    }

    @Inject
    private ApiTokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a personal API token to the caller (e.g. for a phone's offline capture page)",
            description = "Body: {\"label\": \"Gita's phone\"}. The token is shown only in this answer; the "
                    + "account's page lists and revokes it.")
    public Response issue(TokenRequest request) {
        IssuedToken issued = tokens.issue(request == null ? null : request.label());
        return Response.status(Response.Status.CREATED)
                .entity(new TokenJson(issued.id(), issued.label(), issued.secret())).build();
    }
}
