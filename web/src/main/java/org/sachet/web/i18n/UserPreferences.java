package org.sachet.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.Language;
import org.sachet.http.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The signed-in person's (or visitor's) language for this session. A signed-in person's choice is saved on
 * their account, so it sticks across sessions and devices.
 */
@Named("preferences")
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            // a session that began signed in without the sign-in page: carried over from another server by the
            // sign-in cookie (docs/scale-out.md); the account's saved language, as at sign-in
            String signedIn = external.getRemoteUser();
            language = signedIn == null ? null
                    : accounts.findByUsername(signedIn).map(account -> account.getLanguage()).orElse(null);
        }
        if (language == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            language = Messages.localeOf(request.getHeader("Accept-Language")).getLanguage().equals("ne")
                    ? Language.NEPALI : Language.ENGLISH;
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public boolean isNepali() {
        return getLanguage() == Language.NEPALI;
    }

    /** Called at sign-in: the account's saved language wins over the visitor's. */
    public void adopt(Language saved) {
        this.language = saved;
    }

    /** Switches language and reloads the page the person is on. */
    public void switchTo(String code) throws IOException {
        this.language = Language.of(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getUserPrincipal() != null) {
            accounts.chooseLanguage(language);
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        // back to the page one was on, with its address's query (a search, a record): the form posts without it
        String query = request.getQueryString() != null ? request.getQueryString() : request.getParameter("returnQuery");
        boolean usable = query != null && !query.isEmpty() && query.length() <= 2000 && query.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        faces.getExternalContext().redirect(request.getRequestURI() + (usable ? "?" + query : ""));
    }
}
