package org.sachet.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.audit.AuditEntry;
import org.sachet.audit.AuditLog;
import org.sachet.geography.GeographyService;
import org.sachet.platform.RuleViolation;
import org.sachet.platform.RuleViolations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: administration by administrators, each person's own password and language, and the checks
 * behind signing in. Every change is written to the audit trail.
 */
@Stateless
public class AccountService {

    static final String AUDIT_TYPE = "Account";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private GeographyService geography;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    @Inject
    private SignInThrottle throttle;

    private final Clock clock = Clock.systemUTC();

    // --- administration -------------------------------------------------------------------------------

    @RolesAllowed("ADMIN")
    public Account create(AccountDraft draft) {
        // every fault of the form at once, not one per save
        RuleViolations.Collector faults = new RuleViolations.Collector();
        Username username = faults.check(() -> Username.typed(draft.username()));
        if (username != null && findByUsername(username.value()).isPresent()) {
            faults.add(new RuleViolation("username", "account.username.taken", username.value()));
        }
        faults.check(() -> Account.checkDisplayName(draft.displayName()));
        faults.check(() -> PasswordRule.check(draft.password(), username));
        faults.check(() -> requireRolesAndPlaces(draft));
        faults.throwIfAny();
        Account account = new Account(username, draft.displayName(), passwords.hash(draft.password()),
                draft.language(), clock.instant());
        account.assignRoles(draft.roles());
        account.assignPlaces(draft.places());
        em.persist(account);
        em.flush();
        audit.record(actor(), "account.created", AUDIT_TYPE, account.getId(), describe(account));
        return account;
    }

    @RolesAllowed("ADMIN")
    public Account update(long id, AccountDraft draft) {
        Account account = require(id);
        RuleViolations.Collector faults = new RuleViolations.Collector();
        faults.check(() -> Account.checkDisplayName(draft.displayName()));
        faults.check(() -> requireRolesAndPlaces(draft));
        faults.throwIfAny();
        boolean self = account.getUsername().equals(actor());
        if (self && !draft.active()) {
            throw new RuleViolation("active", "account.cannotDeactivateSelf");
        }
        if (account.hasRole(Role.ADMIN) && (!draft.roles().contains(Role.ADMIN) || !draft.active())
                && activeAdministrators() <= 1) {
            throw new RuleViolation("roles", "account.lastAdministrator");
        }
        account.rename(draft.displayName());
        account.chooseLanguage(draft.language());
        account.assignRoles(draft.roles());
        account.assignPlaces(draft.places());
        if (draft.active()) {
            account.activate();
        } else if (account.isActive()) {
            account.deactivate();
            endEverySignIn(account);
        }
        audit.record(actor(), "account.updated", AUDIT_TYPE, account.getId(), describe(account));
        return account;
    }

    @RolesAllowed("ADMIN")
    public void resetPassword(long id, String newPassword) {
        Account account = require(id);
        PasswordRule.check(newPassword, new Username(account.getUsername()));
        account.changePasswordHash(passwords.hash(newPassword));
        throttle.forget(account.getUsername()); // the owner, told the new password, signs in at once
        endEverySignIn(account); // whoever knew the old password is out: web sessions and API tokens alike
        audit.record(actor(), "account.passwordReset", AUDIT_TYPE, account.getId(), null);
    }

    /** Ends every web session of the account and revokes all its API tokens. */
    private void endEverySignIn(Account account) {
        account.endSignIns();
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.account = :a and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("a", account).executeUpdate();
    }

    @RolesAllowed("ADMIN")
    public List<Account> search(String text, int first, int max) {
        return searchQuery(text, Account.class, "select a").setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(String text) {
        return searchQuery(text, Long.class, "select count(a)").getSingleResult();
    }

    @RolesAllowed("ADMIN")
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The account's audit trail, newest first (at most the last 50 entries). */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> history(long id) {
        return audit.about(AUDIT_TYPE, id, 50);
    }

    private Account require(long id) {
        return find(id).orElseThrow(() -> new RuleViolation("account.unknown"));
    }

    private <T> TypedQuery<T> searchQuery(String text, Class<T> type, String select) {
        boolean all = text == null || text.isBlank();
        String where = all ? "" : " where lower(a.username) like :p or lower(a.displayName) like :p";
        String order = type == Account.class ? " order by a.username" : "";
        TypedQuery<T> query = em.createQuery(select + " from Account a" + where + order, type);
        return all ? query : query.setParameter("p", "%" + text.strip().toLowerCase() + "%");
    }

    private void requireRolesAndPlaces(AccountDraft draft) {
        if (draft.roles() == null || draft.roles().isEmpty()) {
            throw new RuleViolation("roles", "account.roles.required");
        }
        if (draft.places() == null || draft.places().isEmpty()) {
            throw new RuleViolation("places", "account.places.required");
        }
        geography.requireExisting(draft.places());
    }

    private long activeAdministrators() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :admin and a.active = true",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
    }

    // --- one's own account ----------------------------------------------------------------------------

    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
    public Account me() {
        return findByUsername(actor()).orElseThrow(() -> new RuleViolation("account.unknown"));
    }

    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
    public int changeOwnPassword(String currentPassword, String newPassword) {
        Account account = me();
        if (currentPassword == null || !passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "account.password.currentWrong");
        }
        PasswordRule.check(newPassword, new Username(account.getUsername()));
        account.changePasswordHash(passwords.hash(newPassword));
        account.endSignIns(); // the person's other web sessions end; this one carries on with the new epoch
        audit.record(actor(), "account.passwordChanged", AUDIT_TYPE, account.getId(), null);
        return account.getSignInEpoch();
    }

    /** "Sign out everywhere": every web session of one's own account ends and every token is revoked. */
    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
    public void signOutEverywhere() {
        Account account = me();
        endEverySignIn(account);
        audit.record(actor(), "account.signedOutEverywhere", AUDIT_TYPE, account.getId(), null);
    }

    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
    public void chooseLanguage(Language language) {
        me().chooseLanguage(language);
    }

    // --- signing in -----------------------------------------------------------------------------------

    /**
     * Checks a user name and password sent from a client (its network address). Every failure looks the same to
     * the caller (unknown name, wrong password, deactivated account, locked client), so the answer never tells
     * whether an account exists. {@value SignInFailures#MAX_FOR_NAME} failures from one client for one name lock
     * that name for that client for 15 minutes, {@value SignInFailures#MAX_FOR_CLIENT} for any names lock the
     * client: the guesser is locked out, not the account's owner.
     *
     * @throws SignInBusy when too many password checks wait already (a flood): try again shortly
     */
    @PermitAll
    public Optional<Caller> signIn(String typedUsername, String password, String client) {
        if (typedUsername == null || password == null || password.isEmpty() || password.length() > 1024) {
            return Optional.empty();
        }
        String name = typedUsername.strip().toLowerCase();
        String from = client == null || client.isBlank() ? "unknown" : client.substring(0, Math.min(64, client.length()));
        if (name.isEmpty() || name.length() > 100 || throttle.isLocked(from, name)) {
            return Optional.empty(); // no password is checked for a locked client: its guesses cost nothing
        }
        Optional<Account> found = findByUsername(name);
        boolean matches;
        if (found.isEmpty()) {
            passwords.checkAgainstNothing(password);
            matches = false;
        } else {
            matches = passwords.matches(password, found.get().getPasswordHash());
        }
        if (matches && found.get().maySignIn()) {
            throttle.succeeded(from, name);
            return Optional.of(Caller.of(found.get()));
        }
        if (throttle.failed(from, name) && found.isPresent()) {
            audit.record(name, "account.lockedOut", AUDIT_TYPE, found.get().getId(), "from " + from);
        }
        return Optional.empty();
    }

    /**
     * The current roles and language of a person signed in at a sign-in epoch; empty once the account is
     * deactivated or every sign-in of it was ended since (a reset password, "sign out everywhere").
     */
    @PermitAll
    public Optional<Caller> current(long accountId, int signInEpoch) {
        return Optional.ofNullable(em.find(Account.class, accountId)).filter(Account::isActive)
                .filter(a -> a.getSignInEpoch() == signInEpoch).map(Caller::of);
    }

    @PermitAll
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    String actor() {
        return session.getCallerPrincipal().getName();
    }

    private String describe(Account account) {
        return "displayName=" + account.getDisplayName() + "; language=" + account.getLanguage().code()
                + "; roles=" + account.getRoles() + "; places=" + account.getPlaces() + "; active="
                + account.isActive();
    }
}
