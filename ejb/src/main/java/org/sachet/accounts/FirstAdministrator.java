package org.sachet.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.audit.AuditLog;
import org.sachet.geography.Place;
import org.sachet.platform.SachetConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes the first administrator, {@code admin}, in a database without accounts. The password comes from
 * {@code SACHET_ADMIN_PASSWORD}; without it one is generated and left once, readable only by the server's
 * user, in {@code SACHET_HOME/admin-password.txt}, where {@code ./sachet start} prints and deletes it.
 */
@Stateless
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    public static final String GENERATED_PASSWORD_FILE = "admin-password.txt";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditLog audit;

    /** @return the administrator's initial password when the administrator was made now, else empty */
    public Optional<String> createIfNoAccounts() {
        long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (accounts > 0) {
            return Optional.empty();
        }
        String password = SachetConfiguration.adminPassword().orElseGet(FirstAdministrator::generatedPassword);
        Account admin = new Account(new Username(USERNAME), "Administrator", passwords.hash(password),
                Language.ENGLISH, Clock.systemUTC().instant());
        admin.assignRoles(EnumSet.of(Role.ADMIN));
        admin.assignPlaces(Set.of(Place.COUNTRY));
        em.persist(admin);
        em.flush();
        audit.record("system", "account.created", AccountService.AUDIT_TYPE, admin.getId(), "first administrator");
        if (SachetConfiguration.adminPassword().isEmpty()) {
            leaveForLauncher(password);
        }
        return Optional.of(password);
    }

    private static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void leaveForLauncher(String password) {
        Path file = SachetConfiguration.home().resolve(GENERATED_PASSWORD_FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.warning(() -> "Generated a password for 'admin'; it is in " + file + " until ./sachet start shows it");
    }
}
