package org.sachet.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.sachet.accounts.DemoAccounts;
import org.sachet.accounts.FirstAdministrator;
import org.sachet.catalogue.StoreHousekeeping;
import org.sachet.cluster.Leases;
import org.sachet.geography.ReferenceGeography;
import org.sachet.platform.Database;
import org.sachet.platform.DatabaseMigration;
import org.sachet.platform.Installation;
import org.sachet.platform.SachetConfiguration;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Prepares the application when it is deployed: migrates the schema, loads the reference geography into a
 * new database, makes the first administrator and, when asked, the demo data. Health reports UP only after
 * this has finished.
 */
@Singleton
@Startup
// prepared statements are cached per connection (a synced batch runs the same few statements hundreds of times);
// Payara 6 needs the cache type set, blank for its default LRU cache (Payara issue #6647)
// The database: embedded Derby in the data folder unless SACHET_DB_URL names another (PostgreSQL, docs/scale-out.md).
// Payara fills ${ENV=NAME:default} when it deploys (a default cannot hold another ${...}: Derby's "db" is found in
// the data folder through derby.system.home, set by prepare-domain.sh); ./sachet and the build set SACHET_DB_DRIVER
// beside SACHET_DB_URL. Derby's user APP keeps the tables in the APP schema of every database made before.
@DataSourceDefinition(
        name = "java:app/jdbc/sachet",
        className = "${ENV=SACHET_DB_DRIVER:org.apache.derby.jdbc.EmbeddedDriver}",
        url = "${ENV=SACHET_DB_URL:jdbc:derby:db;create=true}",
        user = "${ENV=SACHET_DB_USER:APP}",
        password = "${ENV=SACHET_DB_PASSWORD:}",
        properties = {"fish.payara.statement-cache-size=200",
                "fish.payara.statement-cache-type= ",
                // Derby shuts the database down when its disk fills up, and a PostgreSQL server may restart:
                // checked connections let the pool drop the dead ones and reconnect (issue 14)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true"},
        minPoolSize = 1,
        maxPoolSize = 32)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/sachet")
    private DataSource dataSource;

    @EJB
    private ReferenceGeography referenceGeography;

    @EJB
    private FirstAdministrator firstAdministrator;

    @EJB
    private DemoAccounts demoAccounts;

    @EJB
    private org.sachet.outreach.SessionTallies sessionTallies;

    @EJB
    private StoreHousekeeping storeHousekeeping;

    @EJB
    private Leases leases;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private org.sachet.accounts.WebSignIns webSignIns;

    private volatile boolean ready;
    private volatile Database database;
    @jakarta.inject.Inject
    private Installation installation;


    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        database = Database.of(dataSource);
        LOG.info(() -> "Sachet data folder: " + SachetConfiguration.home() + ", database: " + database);
        boolean newDatabase = DatabaseMigration.migrate(dataSource); // Flyway locks out a second server itself
        // servers sharing the database do the rest one after another: each finds what an earlier one did
        waitForTheStartupLease();
        // renewed while the work runs, however long it takes (tallying ten million sessions takes minutes)
        ScheduledFuture<?> renewal = scheduler.scheduleWithFixedDelay(this::renewTheStartupLease,
                STARTUP_LEASE_RENEWAL.toSeconds(), STARTUP_LEASE_RENEWAL.toSeconds(), TimeUnit.SECONDS);
        try {
            referenceGeography.loadIfEmpty();
            sessionTallies.rebuildIfMissing();
            storeHousekeeping.tidy();
            webSignIns.key(); // made here, by one server at a time
            Optional<String> initialPassword = firstAdministrator.createIfNoAccounts();
            if (newDatabase && initialPassword.isPresent() && SachetConfiguration.demo()) {
                demoAccounts.load(initialPassword.get());
                installation.madeNewWithDemoData();
            }
        } finally {
            renewal.cancel(false);
            leases.release(Leases.STARTUP);
        }
        ready = true;
    }


    /**
     * Takes the start-up lease, waiting while another server holds it. The holder renews it while it works, so it
     * runs out only when its holder died (or stopped answering), a couple of minutes later.
     */
    private void waitForTheStartupLease() {
        long saidAt = 0;
        while (!leases.take(Leases.STARTUP, STARTUP_LEASE)) {
            if (System.nanoTime() - saidAt > 60_000_000_000L) {
                LOG.info("Another server is doing its start-up work on the database; waiting for it");
                saidAt = System.nanoTime();
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the start-up lease", e);
            }
        }
    }

    private void renewTheStartupLease() {
        try {
            if (!leases.take(Leases.STARTUP, STARTUP_LEASE)) {
                LOG.warning("The start-up lease went to another server while this one worked: it was not renewed in "
                        + STARTUP_LEASE + " (see CLUSTER_LEASE)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing the start-up lease failed; trying again", e);
        }
    }

    private static final java.time.Duration STARTUP_LEASE = java.time.Duration.ofMinutes(2);
    private static final java.time.Duration STARTUP_LEASE_RENEWAL = java.time.Duration.ofSeconds(30);

    /** True once the database is migrated and the reference data is in place. */
    public boolean isReady() {
        return ready;
    }

    /**
     * Shuts the embedded database down so that the next connection boots it afresh. Derby that ran out of disk
     * space in the middle of a write can be left unable to advance a sequence (X0Y84) until it boots again; the
     * pool checks its connections, drops the closed ones and reconnects (issue 14). At most once in 5 seconds.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebootDatabase() {
        if (database != Database.DERBY) {
            return; // PostgreSQL keeps serving once space is back; the pool's checks replace broken connections
        }
        long now = System.currentTimeMillis();
        if (now - lastReboot < 5_000) {
            return;
        }
        lastReboot = now;
        String url = "jdbc:derby:" + SachetConfiguration.home().resolve("db") + ";shutdown=true";
        try {
            java.sql.DriverManager.getConnection(url).close();
        } catch (java.sql.SQLException e) {
            if ("08006".equals(e.getSQLState())) { // Derby's answer to a database shut down as asked
                LOG.warning("The database was shut down after a failed write; it boots again at the next connection");
            } else {
                LOG.warning(() -> "Shutting the database down failed: " + e.getMessage());
            }
        }
    }

    private volatile long lastReboot;

    /** Whether the database answers now: a connection from the pool that passes a real round trip. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAnswers() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.isValid(5) && connection.getMetaData().getDatabaseProductName() != null;
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warning(() -> "The database does not answer: " + e.getMessage());
            return false;
        }
    }
}
