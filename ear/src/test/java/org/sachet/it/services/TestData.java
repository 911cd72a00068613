package org.sachet.it.services;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sachet.accounts.AccountDraft;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.Language;
import org.sachet.accounts.Role;
import org.sachet.geography.Place;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueDraft;
import org.sachet.outreach.VenueService;
import org.sachet.outreach.VenueType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the in-container tests stand on: accounts the administrator makes (each test class in places no other
 * test class uses, since the whole run shares one database), venues, and the database read directly with SQL,
 * beside the services, to check what they wrote. Everything is made the first time it is asked for, so tests may
 * run in any order.
 */
@ApplicationScoped
public class TestData {

    /** The password of every account these tests make. */
    public static final String PASSWORD = "Services-pass-2083";

    @Inject
    private SignedIn signedIn;

    @Inject
    private AccountService accounts;

    @Inject
    private VenueService venues;

    @Resource(lookup = "java:app/jdbc/sachet")
    private DataSource database;

    /** The account with this name, one role and one place; made by the administrator if it is not there yet. */
    public String account(String username, Role role, Place place) throws Exception {
        if (accounts.findByUsername(username).isEmpty()) {
            signedIn.as("admin", System.getenv("SACHET_ADMIN_PASSWORD"), () -> accounts.create(new AccountDraft(
                    username, username, PASSWORD, Language.ENGLISH, Set.of(role), Set.of(place), true)));
        }
        return username;
    }

    /** The account with this name and these roles (one person doing two jobs), made if it is not there yet. */
    public String account(String username, Set<Role> roles, Place place) throws Exception {
        if (accounts.findByUsername(username).isEmpty()) {
            signedIn.as("admin", System.getenv("SACHET_ADMIN_PASSWORD"), () -> accounts.create(new AccountDraft(
                    username, username, PASSWORD, Language.ENGLISH, roles, Set.of(place), true)));
        }
        return username;
    }

    /** The facilitator's venue of this name, added by them if it is not there yet. */
    public Venue venue(String facilitator, String name, VenueType type, int localLevel, int ward) throws Exception {
        return signedIn.as(facilitator, PASSWORD, () -> venues.inMyPlaces().stream()
                .filter(v -> v.getName().equals(name)).findFirst()
                .orElseGet(() -> venues.create(new VenueDraft(null, name, type, localLevel, ward, null))));
    }

    /** Runs code as a test account. */
    public <T> T as(String username, java.util.concurrent.Callable<T> work) throws Exception {
        return signedIn.as(username, PASSWORD, work);
    }

    public void as(String username, SignedIn.Work work) throws Exception {
        signedIn.as(username, PASSWORD, work);
    }

    /** The rows an SQL query gives, each as its columns' values. */
    public List<Object[]> rows(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The one number an SQL query gives (a count, a sum). */
    public long number(String sql, Object... parameters) throws Exception {
        Object value = rows(sql, parameters).get(0)[0];
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Changes rows past the services, e.g. to move a consent's dates back as if the days had passed: what no
     * service would write today. Only for entities that are not kept in the shared cache.
     */
    public int update(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }
}
