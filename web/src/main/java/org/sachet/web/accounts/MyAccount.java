package org.sachet.web.accounts;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.ApiToken;
import org.sachet.accounts.ApiTokenService;
import org.sachet.accounts.IssuedToken;
import org.sachet.http.SachetAuthentication;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Each person's own account page: their details, a new password, and personal API tokens. */
@Named
@ViewScoped
public class MyAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokenService tokens;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private String tokenLabel;
    private IssuedToken issued;
    private Account account;

    /** The signed-in person's account, read once per view (the page shows it in several places). */
    public Account getAccount() {
        if (account == null) {
            account = accounts.me();
        }
        return account;
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Feedback.error("account.password.mismatch");
            return;
        }
        try {
            int epoch = accounts.changeOwnPassword(currentPassword, newPassword);
            // the person's other sessions are ended; this one stays signed in
            SachetAuthentication.keepSession((HttpSession) FacesContext.getCurrentInstance().getExternalContext()
                    .getSession(true), epoch);
            Feedback.info("account.password.changed");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    public void issueToken() {
        try {
            issued = tokens.issue(tokenLabel);
            tokenLabel = null;
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    public void revoke(ApiToken token) {
        tokens.revoke(token.getId());
        Feedback.info("token.revokedDone", token.getLabel());
    }

    public void renew(ApiToken token) {
        try {
            ApiToken renewed = tokens.renew(token.getId());
            Feedback.info("token.renewedDone", renewed.getLabel());
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    /** Ends every session of this account (on every device) and revokes its tokens, then signs out here. */
    public void signOutEverywhere() throws IOException {
        accounts.signOutEverywhere();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    public boolean expired(ApiToken token) {
        return !token.isRevoked() && !token.worksAt(Instant.now());
    }

    public List<ApiToken> getTokens() {
        return tokens.mine();
    }

    /** The secret of the token made just now: shown once, on this page only. */
    public IssuedToken getIssued() {
        return issued;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }
}
