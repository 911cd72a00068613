package org.sachet.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.audit.AuditLog;
import org.sachet.geography.Place;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import static org.sachet.geography.DemoDistricts.BANKE;
import static org.sachet.geography.DemoDistricts.MAKWANPUR;
import static org.sachet.geography.DemoDistricts.SUNSARI;

/**
 * The demo accounts of a new database when {@code SACHET_DEMO} is on: one account per role, working in the
 * programme's districts (Makwanpur, Banke, Sunsari), sharing the administrator's initial password. The other
 * areas add their own demo records after these, each in its own package, chained by events.
 */
@Stateless
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditLog audit;

    public void load(String password) {
        String hash = passwords.hash(password);
        Set<Place> programmeDistricts = Set.of(Place.district(MAKWANPUR), Place.district(BANKE),
                Place.district(SUNSARI));
        add("editor", "Sita Editor", Language.ENGLISH, hash, EnumSet.of(Role.EDITOR), Set.of(Place.COUNTRY));
        add("reviewer", "Rama Reviewer", Language.ENGLISH, hash, EnumSet.of(Role.REVIEWER), Set.of(Place.COUNTRY));
        add("manager", "Hari Manager", Language.ENGLISH, hash, EnumSet.of(Role.MANAGER), programmeDistricts);
        add("facilitator", "Gita Facilitator", Language.NEPALI, hash, EnumSet.of(Role.FACILITATOR),
                Set.of(Place.district(MAKWANPUR)));
        add("teacher", "Kamala Teacher", Language.NEPALI, hash, EnumSet.of(Role.TEACHER),
                Set.of(Place.district(BANKE)));
        add("coordinator", "Bikash Coordinator", Language.ENGLISH, hash, EnumSet.of(Role.COORDINATOR),
                programmeDistricts);
        add("producer", "Maya Producer", Language.NEPALI, hash, EnumSet.of(Role.PRODUCER), Set.of(Place.COUNTRY));
        LOG.info("Loaded demo accounts");
    }

    private void add(String username, String name, Language language, String hash, Set<Role> roles,
                     Set<Place> places) {
        Account account = new Account(new Username(username), name, hash, language, Clock.systemUTC().instant());
        account.assignRoles(roles);
        account.assignPlaces(places);
        em.persist(account);
        em.flush();
        audit.record("system", "account.created", "Account", account.getId(), "demo data");
    }
}
