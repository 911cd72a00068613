package org.sachet.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Puts the file store and the database back in step at start, before any request: uploads cut off by a crash
 * leave temporary files, and a file stored just before its record was written has no record. Neither
 * survives a restart; a record always has its file, because files are stored before records are written.
 */
@Stateless
public class StoreHousekeeping {

    private static final Logger LOG = Logger.getLogger(StoreHousekeeping.class.getName());
    /** How long a stored file may go without a record before it is taken for an orphan. */
    static final Duration ORPHAN_AGE = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MaterialFiles files;

    @Inject
    private Instance<StoredFileOwners> owners;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void tidy() {
        try {
            int temporary = files.store().removeTemporaryFiles();
            Set<String> referenced = new HashSet<>();
            referenced.addAll(em.createQuery("select v.sha256 from MaterialVersion v", String.class).getResultList());
            List<String> thumbnails = em.createQuery("select v.thumbnailSha256 from MaterialVersion v"
                    + " where v.thumbnailSha256 is not null", String.class).getResultList();
            referenced.addAll(thumbnails);
            owners.forEach(owner -> referenced.addAll(owner.storedFiles()));
            List<String> unreferenced;
            try (Stream<String> hashes = files.store().hashes()) {
                unreferenced = hashes.filter(h -> !referenced.contains(h)).toList();
            }
            // a file is stored moments before its record is written: one stored lately may be another server's
            // upload on its way (servers sharing the store, docs/scale-out.md), so only old orphans go
            Instant settled = Instant.now().minus(ORPHAN_AGE);
            List<String> orphans = new ArrayList<>();
            for (String hash : unreferenced) {
                if (files.store().storedAt(hash).map(at -> at.isBefore(settled)).orElse(false)) {
                    files.store().remove(hash);
                    orphans.add(hash);
                }
            }
            if (temporary > 0 || !orphans.isEmpty()) {
                LOG.info("File store tidied: " + temporary + " unfinished uploads and " + orphans.size()
                        + " files without a record removed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("tidying the file store failed", e);
        }
    }

    /**
     * Removes a file at once when no material version and no other area refers to it any more, e.g. a consent
     * copy whose person's details were removed: it must not wait for the next start.
     */
    public void removeIfUnreferenced(String sha256) {
        boolean catalogueUses = !em.createQuery("select v.id from MaterialVersion v where v.sha256 = :h"
                + " or v.thumbnailSha256 = :h", Long.class).setParameter("h", sha256).setMaxResults(1)
                .getResultList().isEmpty();
        if (catalogueUses || owners.stream().anyMatch(owner -> owner.owns(sha256))) {
            return;
        }
        try {
            files.store().remove(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("removing a stored file failed", e);
        }
    }
}
