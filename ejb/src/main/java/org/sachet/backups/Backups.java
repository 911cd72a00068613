package org.sachet.backups;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.sachet.audit.AuditLog;
import org.sachet.catalogue.MaterialFiles;
import org.sachet.content.storage.FileStore;
import org.sachet.platform.RuleViolation;
import org.sachet.platform.Database;
import org.sachet.platform.SachetConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Consistent backups while the server runs: the database through Derby's online backup (a transaction-
 * consistent copy; writes go on meanwhile), then the file store. Files are stored before the records that name
 * them and never change, and only a refused upload's file is ever removed while running, so every file the
 * copied database names is still in the store when it is copied after it. One backup at a time, in the
 * background; {@link #status} follows it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final List<String> DATA_FOLDERS = List.of("db", "files", "index", "server", "uploads");
    private static final int KEPT_STATUSES = 20;

    @Resource(lookup = "java:app/jdbc/sachet")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MaterialFiles files;

    @EJB
    private AuditLog audit;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Progress> recent = new ConcurrentHashMap<>();

    /**
     * Starts a backup into a new folder inside {@code parent}.
     *
     * @throws RuleViolation when a backup is already running, the folder cannot hold a backup, or its disk has
     *                       not room for one
     */
    public BackupStatus start(Path parent, String actor) {
        if (Database.of(dataSource) != Database.DERBY) {
            // a server's own copy of another machine's database would be neither consistent with other servers'
            // writes nor restorable by ./sachet restore: PostgreSQL is backed up with its own tools
            throw new RuleViolation("backup.externalDatabase");
        }
        Path folder = usableFolder(parent);
        if (!running.compareAndSet(false, true)) {
            throw new RuleViolation("backup.running");
        }
        try {
            Optional<Path> previous = BackupFolder.newestFinished(folder);
            long databaseBytes = BackupFolder.sizeOf(SachetConfiguration.home().resolve(BackupFolder.DATABASE));
            FileStore.CopyCount store = files.store().count();
            checkRoom(folder, databaseBytes + store.bytes() - previous.map(this::storeBytesOf).orElse(0L));
            BackupFolder backup = BackupFolder.begin(folder, Clock.systemUTC().instant());
            Progress progress = new Progress(backup.name(), folder, databaseBytes + store.bytes());
            recent.put(backup.name(), progress);
            forgetOldStatuses();
            executor.submit(() -> write(backup, previous, progress, actor));
            return progress.status();
        } catch (IOException e) {
            running.set(false);
            throw new RuleViolation("folder", "backup.folderNotUsable", folder.toString());
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    public Optional<BackupStatus> status(String name) {
        return Optional.ofNullable(recent.get(name)).map(Progress::status);
    }

    private void write(BackupFolder backup, Optional<Path> previous, Progress progress, String actor) {
        try {
            try (Connection connection = dataSource.getConnection();
                 CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, backup.databaseTarget().toString());
                call.execute();
            }
            progress.add(BackupFolder.sizeOf(backup.databaseTarget().resolve(BackupFolder.DATABASE)));
            FileStore.CopyCount copied = files.store().copyInto(backup.fileStoreTarget(),
                    previous.map(p -> p.resolve(BackupFolder.FILES)), progress::add);
            Map<String, String> description = new LinkedHashMap<>();
            description.put("made-at", progress.startedAt.toString());
            description.put("stored-files", Long.toString(copied.files()));
            description.put("stored-bytes", Long.toString(copied.bytes()));
            description.put("linked-to-previous", Long.toString(copied.linked()));
            Path finished = backup.finish(description);
            progress.finish(finished, copied.files());
            audit.record(actor, "backup.made", "Backup", backup.name(),
                    finished + ": database and " + copied.files() + " stored files");
            LOG.info(() -> "Backup written to " + finished + " (" + copied.files() + " stored files, "
                    + copied.linked() + " linked to the previous backup)");
        } catch (IOException | SQLException | RuntimeException e) {
            backup.abandon();
            boolean full = String.valueOf(e.getMessage()).contains("No space left")
                    || (e instanceof SQLException sql && "XSRS4".equals(sql.getSQLState()));
            progress.fail(full ? "backup.ranOutOfSpace" : "backup.failed", String.valueOf(e.getMessage()));
            LOG.warning(() -> "Backup " + backup.name() + " failed: " + e);
        } finally {
            running.set(false);
        }
    }

    private static Path usableFolder(Path parent) {
        if (parent == null || !parent.isAbsolute()) {
            throw new RuleViolation("folder", "backup.folderNotAbsolute", String.valueOf(parent));
        }
        Path folder = parent.normalize();
        Path home = SachetConfiguration.home();
        if (folder.equals(home) || DATA_FOLDERS.stream().anyMatch(d -> folder.startsWith(home.resolve(d)))) {
            throw new RuleViolation("folder", "backup.folderInsideData", folder.toString());
        }
        Path existing = existingAncestor(folder);
        if (Files.exists(folder) && !Files.isDirectory(folder) || !Files.isWritable(existing)) {
            throw new RuleViolation("folder", "backup.folderNotUsable", folder.toString());
        }
        return folder;
    }

    /** Room for the backup with a tenth to spare, and the data folder's reserve kept when it is the same disk. */
    private static void checkRoom(Path folder, long needed) throws IOException {
        var target = Files.getFileStore(existingAncestor(folder));
        boolean dataDisk = target.equals(Files.getFileStore(existingAncestor(SachetConfiguration.home())));
        long free = target.getUsableSpace();
        long wanted = needed + needed / 10 + (dataDisk ? SachetConfiguration.minFreeBytes() : 0);
        if (free < wanted) {
            throw new RuleViolation("folder", "backup.noRoom", megabytes(wanted), megabytes(free), folder.toString());
        }
    }

    private long storeBytesOf(Path backup) {
        try {
            return BackupFolder.sizeOf(backup.resolve(BackupFolder.FILES));
        } catch (IOException e) {
            return 0;
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }

    private static Path existingAncestor(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder.getRoot() : p;
    }

    private void forgetOldStatuses() {
        recent.values().stream().filter(p -> p.finishedAt != null)
                .sorted(java.util.Comparator.comparing((Progress p) -> p.startedAt).reversed())
                .skip(KEPT_STATUSES).forEach(p -> recent.remove(p.name));
    }

    /** A running backup's counters, written by its thread and read by status requests. */
    private static final class Progress {
        private final String name;
        private final Instant startedAt = Clock.systemUTC().instant();
        private final long bytesTotal;
        private final AtomicLong bytesDone = new AtomicLong();
        private volatile Path folder;
        private volatile Instant finishedAt;
        private volatile long storedFiles;
        private volatile String problemKey;
        private volatile Object[] problemArguments = new Object[0];
        private volatile BackupStatus.State state = BackupStatus.State.RUNNING;

        Progress(String name, Path parent, long bytesTotal) {
            this.name = name;
            this.folder = parent.resolve(name);
            this.bytesTotal = bytesTotal;
        }

        void add(long bytes) {
            bytesDone.addAndGet(bytes);
        }

        void finish(Path finished, long files) {
            folder = finished;
            storedFiles = files;
            finishedAt = Clock.systemUTC().instant();
            state = BackupStatus.State.FINISHED;
        }

        void fail(String key, Object... arguments) {
            problemKey = key;
            problemArguments = arguments;
            finishedAt = Clock.systemUTC().instant();
            state = BackupStatus.State.FAILED;
        }

        BackupStatus status() {
            return new BackupStatus(name, state, folder.toString(), startedAt, finishedAt, bytesDone.get(),
                    Math.max(bytesTotal, bytesDone.get()), storedFiles, problemKey, problemArguments);
        }
    }
}
