package org.sachet.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.Caller;
import org.sachet.accounts.Role;
import org.sachet.accounts.SignInBusy;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a request proves who sent it. Pages use a sign-in form and a web session (the session holds only the
 * account id; roles are read afresh on each request, so a deactivation or a role change applies at once).
 * The API under {@code /api/} uses HTTP Basic or a personal token ({@code Authorization: Bearer ...}) on
 * every call, never a session, and answers 401 with a JSON body instead of redirecting.
 */
@ApplicationScoped
public class SachetAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_ACCOUNT = "sachet.accountId";
    /** The account's sign-in epoch when this session began: a later one means every sign-in was ended. */
    static final String SESSION_EPOCH = "sachet.signInEpoch";
    public static final String RETURN_TO = "sachet.returnTo";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private AccountService accounts;

    @Inject
    private ApiCredentials apiCredentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return apiCredentials.validate(request, response, context);
        }
        if (!context.isProtected() && isFacesResource(request)) {
            return context.doNothing(); // style sheets and scripts are public: no need to look up the caller
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return signIn(request, context, typed);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId
                && session.getAttribute(SESSION_EPOCH) instanceof Integer epoch) {
            Optional<Caller> caller = accounts.current(accountId, epoch);
            if (caller.isPresent()) {
                return accept(context, caller.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ACCOUNT);
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential typed) {
        Optional<Caller> caller;
        try {
            caller = accounts.signIn(typed.getCaller(), typed.getPasswordAsString(), ClientAddress.of(request));
        } catch (SignInBusy busy) {
            caller = Optional.empty(); // the sign-in page says it failed; trying again in a moment works
        }
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in defeats session fixation
        request.getSession().setAttribute(SESSION_ACCOUNT, caller.get().accountId());
        request.getSession().setAttribute(SESSION_EPOCH, caller.get().signInEpoch());
        return accept(context, caller.get());
    }

    private AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request after the session ended: tell Faces to load the sign-in page
            return FacesAjaxRedirect.send(response, loginUrl);
        }
        return context.redirect(loginUrl);
    }

    /** Keeps this web session signed in after its own account moved the epoch on (a changed password). */
    public static void keepSession(HttpSession session, int signInEpoch) {
        session.setAttribute(SESSION_EPOCH, signInEpoch);
    }

    static AuthenticationStatus accept(HttpMessageContext context, Caller caller) {
        Set<String> groups = caller.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(caller.username(), groups);
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean isFacesResource(HttpServletRequest request) {
        return path(request).startsWith("/jakarta.faces.resource/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
