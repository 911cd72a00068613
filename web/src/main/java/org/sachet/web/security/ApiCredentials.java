package org.sachet.web.security;

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
import org.sachet.web.i18n.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Checks the credentials an API client sends on each call: HTTP Basic or a personal token (Bearer). */
@ApplicationScoped
class ApiCredentials {

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokenService tokens;

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                  HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() ? refuse(request, response, "api.credentials.missing")
                    : context.doNothing();
        }
        Optional<Caller> caller = Optional.empty();
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            caller = basic(authorization.substring(6).trim());
        } else if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = tokens.authenticate(authorization.substring(7).trim());
        }
        return caller.map(c -> SachetAuthentication.accept(context, c))
                .orElseGet(() -> refuse(request, response, "api.credentials.invalid"));
    }

    private Optional<Caller> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : accounts.signIn(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               String messageKey) {
        Locale locale = Texts.localeOf(request.getHeader("Accept-Language"));
        JsonObject body = Json.createObjectBuilder()
                .add("code", "unauthorized")
                .add("message", Texts.get(locale, messageKey))
                .add("fieldErrors", Json.createArrayBuilder())
                .build();
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sachet\", Bearer realm=\"Sachet\"");
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
