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
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.sachet.accounts.WebSignIns;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.Caller;
import org.sachet.accounts.Role;
import org.sachet.accounts.SignInBusy;

import java.util.Optional;
import java.util.Set;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a request proves who sent it. Pages use a sign-in form and a web session (the session holds only the
 * account id; roles are read afresh on each request, so a deactivation or a role change applies at once).
 * The API under {@code /api/} uses HTTP Basic or a personal token ({@code Authorization: Bearer ...}) on
 * every call, never a session, and answers 401 with a JSON body instead of redirecting. A page sign-in also gets a
 * signed cookie ({@link SignInCookie}) that lapses with the session's idle time: a server that does not know the
 * session (another of the servers behind nginx, after the first stopped) signs the person in again from it.
 */
@ApplicationScoped
public class SachetAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_ACCOUNT = "sachet.accountId";
    /** The account's sign-in epoch when this session began: a later one means every sign-in was ended. */
    static final String SESSION_EPOCH = "sachet.signInEpoch";
    public static final String RETURN_TO = "sachet.returnTo";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** The id of this session's signed sign-in cookie. */
    static final String SESSION_SIGN_IN = "sachet.signInId";
    /** A sign-in lapses after as long without a request as the web session (web.xml's session-timeout). */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** The cookie is renewed when less than this is left of it, so an active person's never lapses. */
    private static final Duration RENEW_WITHIN = Duration.ofMinutes(25);

    private final SecureRandom random = new SecureRandom();

    @Inject
    private WebSignIns webSignIns;

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
            return signIn(request, response, context, typed);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId
                && session.getAttribute(SESSION_EPOCH) instanceof Integer epoch) {
            Optional<Caller> caller = accounts.current(accountId, epoch);
            if (caller.isPresent()) {
                renewCookie(request, response, session, accountId, epoch);
                return accept(context, caller.get());
            }
            session.invalidate();
            clearCookie(request, response);
        } else {
            Optional<AuthenticationStatus> carriedOver = fromCookie(request, response, context);
            if (carriedOver.isPresent()) {
                return carriedOver.get();
            }
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
        // signing out ends the sign-in on every server, not only this one's session
        cookie(request).flatMap(value -> SignInCookie.read(value, webSignIns.key(), Instant.now()))
                .ifPresent(claim -> webSignIns.end(claim.id(), claim.lapsesAt()));
        clearCookie(request, response);
    }

    /** A request without a signed-in session but with a valid sign-in cookie: signed in again, in a new session. */
    private Optional<AuthenticationStatus> fromCookie(HttpServletRequest request, HttpServletResponse response,
                                                      HttpMessageContext context) {
        Optional<String> value = cookie(request);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignInCookie.Claim> claim = SignInCookie.read(value.get(), webSignIns.key(), Instant.now())
                .filter(valid -> !webSignIns.ended(valid.id()));
        Optional<Caller> caller = claim.flatMap(valid -> accounts.current(valid.accountId(), valid.epoch()));
        if (caller.isEmpty()) {
            clearCookie(request, response);
            return Optional.empty();
        }
        request.getSession(true);
        request.changeSessionId(); // an id of this server's own (its route for nginx), never one the request named
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_ACCOUNT, claim.get().accountId());
        session.setAttribute(SESSION_EPOCH, claim.get().epoch());
        session.setAttribute(SESSION_SIGN_IN, claim.get().id());
        writeCookie(request, response, new SignInCookie.Claim(claim.get().accountId(), claim.get().epoch(),
                Instant.now().plus(IDLE), claim.get().id()));
        return Optional.of(accept(context, caller.get()));
    }

    /** Keeps the cookie of an active session from lapsing, and in step with its epoch (a changed password). */
    private void renewCookie(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                             long accountId, int epoch) {
        if (!(session.getAttribute(SESSION_SIGN_IN) instanceof String id)) {
            return; // a session begun before sign-in cookies, or by the test module's own sign-in
        }
        Instant now = Instant.now();
        Optional<SignInCookie.Claim> current = cookie(request)
                .flatMap(value -> SignInCookie.read(value, webSignIns.key(), now));
        boolean fresh = current.filter(c -> c.id().equals(id) && c.epoch() == epoch && c.accountId() == accountId
                && c.lapsesAt().isAfter(now.plus(RENEW_WITHIN))).isPresent();
        if (!fresh) {
            writeCookie(request, response, new SignInCookie.Claim(accountId, epoch, now.plus(IDLE), id));
        }
    }

    private void writeCookie(HttpServletRequest request, HttpServletResponse response, SignInCookie.Claim claim) {
        response.addHeader("Set-Cookie", SignInCookie.NAME + "=" + SignInCookie.value(claim, webSignIns.key())
                + "; Path=" + cookiePath(request) + "; HttpOnly; SameSite=Lax"
                + (ClientAddress.overHttps(request) ? "; Secure" : ""));
    }

    private static void clearCookie(HttpServletRequest request, HttpServletResponse response) {
        if (cookie(request).isPresent()) {
            response.addHeader("Set-Cookie", SignInCookie.NAME + "=; Path=" + cookiePath(request)
                    + "; Max-Age=0; HttpOnly; SameSite=Lax");
        }
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> SignInCookie.NAME.equals(c.getName())).map(Cookie::getValue)
                .findFirst();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, UsernamePasswordCredential typed) {
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
        String id = SignInCookie.newId(random);
        request.getSession().setAttribute(SESSION_SIGN_IN, id);
        writeCookie(request, response, new SignInCookie.Claim(caller.get().accountId(), caller.get().signInEpoch(),
                Instant.now().plus(IDLE), id));
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
