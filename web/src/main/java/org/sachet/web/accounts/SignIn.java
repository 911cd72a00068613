package org.sachet.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sachet.accounts.AccountService;
import org.sachet.http.SachetAuthentication;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.i18n.UserPreferences;

import java.io.IOException;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    @Inject
    private UserPreferences preferences;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String returnTo = returnTo(request);
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                accounts.findByUsername(external.getUserPrincipal().getName())
                        .ifPresent(account -> preferences.adopt(account.getLanguage()));
                external.redirect(returnTo != null ? returnTo : external.getRequestContextPath() + "/");
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                // one message for every failure: it never tells whether the account exists or is locked
                Feedback.error("signIn.failed");
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object target = session.getAttribute(SachetAuthentication.RETURN_TO);
        session.removeAttribute(SachetAuthentication.RETURN_TO);
        // only a path of this application: never an address elsewhere
        return target instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
