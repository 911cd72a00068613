package org.sachet.api.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;

import java.util.List;

/**
 * The caller's own account as a device needs it: the offline capture page opens in the language the person chose
 * (issue 18), and names who is signed in on the phone.
 */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
public class MeResource {

    /** @param language {@code en} or {@code ne} */
    public record MeJson(String username, String displayName, String language, List<String> roles) {
    }

    @Inject
    private AccountService accounts;

    @GET
    public MeJson me() {
        Account me = accounts.me();
        return new MeJson(me.getUsername(), me.getDisplayName(), me.getLanguage().code(),
                me.getRoles().stream().map(Enum::name).sorted().toList());
    }
}
