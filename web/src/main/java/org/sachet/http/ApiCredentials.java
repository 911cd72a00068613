package org.sachet.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.ApiTokenService;
import org.sachet.accounts.Caller;
import org.sachet.accounts.SignInBusy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Checks the credentials an API client sends on each call: HTTP Basic or a personal token (Bearer). */
@ApplicationScoped
public class ApiCredentials {

    /** Set on a request signed by a token rather than a password: some things need the password. */
    private static final String BY_TOKEN = "sachet.authenticatedByToken";

    /** Whether this API request was signed with a personal token (not with the password). */
    public static boolean byToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BY_TOKEN));
    }

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokenService tokens;

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                  HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() ? refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    "api.credentials.missing")
                    : context.doNothing();
        }
        Optional<Caller> caller = Optional.empty();
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                caller = basic(authorization.substring(6).trim(), ClientAddress.of(request));
            } catch (SignInBusy busy) {
                response.setHeader("Retry-After", "5");
                return refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "api.credentials.busy");
            }
        } else if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = tokens.authenticate(authorization.substring(7).trim());
            request.setAttribute(BY_TOKEN, Boolean.TRUE);
        }
        return caller.map(c -> SachetAuthentication.accept(context, c))
                .orElseGet(() -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                        "api.credentials.invalid"));
    }

    private Optional<Caller> basic(String encoded, String client) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : accounts.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), client);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * The schemes a 401 offers. A page's own script (it says so with {@code X-Requested-With}) is offered no Basic
     * challenge: browsers answer that one with their login box, and hold the page's call until it is closed.
     */
    static String challenge(HttpServletRequest request) {
        return request.getHeader("X-Requested-With") == null ? "Basic realm=\"Sachet\", Bearer realm=\"Sachet\""
                : "Bearer realm=\"Sachet\"";
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String messageKey) {
        Locale locale = Messages.localeOf(request.getHeader("Accept-Language"));
        JsonObject body = Json.createObjectBuilder()
                .add("code", status == HttpServletResponse.SC_UNAUTHORIZED ? "unauthorized" : "busy")
                .add("message", Messages.get(locale, messageKey))
                .add("fieldErrors", Json.createArrayBuilder())
                .build();
        try {
            SecurityHeaders.setOn(response); // the authentication answers before the filters run
            response.setStatus(status);
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", challenge(request));
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body.toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
