package org.sachet.it.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.Caller;
import org.sachet.accounts.Role;

import java.util.stream.Collectors;

/**
 * How the test module's code signs in: only when it asks ({@link SignedIn}), with an account's user name and
 * password checked by the application's own sign-in ({@link AccountService#signIn}); the account's roles become
 * the caller's groups, as the application's mechanism reports them. Requests from outside are never signed in.
 */
@ApplicationScoped
public class TestSignIn implements HttpAuthenticationMechanism {

    /** Where the sign-ins come from, for the application's per-client limits. */
    static final String CLIENT = "in-container test";

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential typed)) {
            return context.doNothing();
        }
        return accounts.signIn(typed.getCaller(), typed.getPasswordAsString(), CLIENT)
                .map(caller -> context.notifyContainerAboutLogin(caller.username(), groups(caller)))
                .orElse(AuthenticationStatus.SEND_FAILURE);
    }

    private static java.util.Set<String> groups(Caller caller) {
        return caller.roles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
