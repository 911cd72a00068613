package org.sachet.it.services;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Runs a piece of an in-container test as a Sachet account: signed in with its password on the test's own request
 * ({@link TestSignIn}), so the services see that caller, its roles and places exactly as for a page or an API
 * call, and signed out after it. Each piece runs in a request scope of its own (on a managed thread, which carries
 * the caller), as each page or API call does: what a service keeps for the request's caller (its places, say) is
 * never the previous piece's.
 */
@ApplicationScoped
public class SignedIn {

    /** A piece of test code that may throw what a test throws. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @Inject
    private SecurityContext security;

    @Inject
    private Instance<RequestContextController> requestContexts;

    @Resource
    private ManagedExecutorService threads;

    public <T> T as(String username, String password, Callable<T> work) throws Exception {
        HttpServletRequest request = CurrentExchange.request();
        request.logout();
        AuthenticationStatus status = security.authenticate(request, CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS || request.getUserPrincipal() == null
                || !username.equals(request.getUserPrincipal().getName())) {
            throw new AssertionError(username + " could not sign in: " + status);
        }
        try {
            return threads.submit(() -> inItsOwnRequest(work)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            logout(request);
        }
    }

    public void as(String username, String password, Work work) throws Exception {
        as(username, password, () -> {
            work.run();
            return null;
        });
    }

    private <T> T inItsOwnRequest(Callable<T> work) throws Exception {
        RequestContextController request = requestContexts.get();
        request.activate();
        try {
            return work.call();
        } finally {
            request.deactivate();
            requestContexts.destroy(request);
        }
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("signing the test out failed", e);
        }
    }
}
