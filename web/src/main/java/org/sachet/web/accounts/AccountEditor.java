package org.sachet.web.accounts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountDraft;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.Language;
import org.sachet.accounts.Role;
import org.sachet.audit.AuditEntry;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

/** An administrator creates an account or edits one: name, language, roles, places, active; resets its password. */
@Named
@ViewScoped
public class AccountEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private PlacePicker picker;

    @Inject
    private org.sachet.web.i18n.PlaceNames placeNames;

    private Long id;
    private String username;
    private String displayName;
    private String password;
    private String newPassword;
    private String language = Language.ENGLISH.code();
    private List<Role> roles = new ArrayList<>();
    private List<Place> places = new ArrayList<>();
    private boolean active = true;
    private boolean found = true;

    /** Reads {@code ?id=}; without it the form makes a new account. */
    public void load() {
        if (id == null) {
            return;
        }
        accounts.find(id).ifPresentOrElse(this::show, () -> found = false);
    }

    private void show(Account account) {
        username = account.getUsername();
        displayName = account.getDisplayName();
        language = account.getLanguage().code();
        roles = new ArrayList<>(account.getRoles());
        places = new ArrayList<>(account.getPlaces());
        active = account.isActive();
    }

    public void addPlace() {
        Place place = picker.selected();
        if (!places.contains(place)) {
            places.add(place);
        }
        picker.clear();
    }

    public void removePlace(Place place) {
        places.remove(place);
    }

    public void save() throws IOException {
        AccountDraft draft = new AccountDraft(username, displayName, password, Language.of(language),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), new LinkedHashSet<>(places),
                active);
        try {
            Account saved = id == null ? accounts.create(draft) : accounts.update(id, draft);
            Feedback.info(id == null ? "account.created" : "account.saved", saved.getUsername());
            Feedback.keepForRedirect();
            FacesContext.getCurrentInstance().getExternalContext().redirect("account.xhtml?id=" + saved.getId());
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(id, newPassword);
            newPassword = null;
            Feedback.info("account.passwordResetDone", username);
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    /** What happened to this account, newest first (from the audit trail). */
    /** A history line in the reader's language, its roles and places by name. */
    public String detail(AuditEntry entry) {
        return AccountChangeText.readable(entry.getDetail(), Feedback::text, placeNames::name);
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : accounts.history(id);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public PlacePicker getPicker() {
        return picker;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
