package org.sachet.ambassadors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.catalogue.FileName;
import org.sachet.catalogue.MaterialFiles;
import org.sachet.catalogue.StoreHousekeeping;
import org.sachet.catalogue.StoredFileOwners;
import org.sachet.catalogue.UploadTooLarge;
import org.sachet.content.extraction.DetectedType;
import org.sachet.content.extraction.FileTypeDetector;
import org.sachet.content.storage.StorageRefusal;
import org.sachet.content.storage.StoredFile;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Staff-only documents in the installation's file store: scans and photos of consent forms, letters. Only
 * PDFs, office documents and pictures up to {@value #MAX_MEGABYTES} MB; the callers decide who may open one.
 */
@Stateless
@LocalBean
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class StaffDocuments implements StoredFileOwners {

    static final int MAX_MEGABYTES = 10;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MaterialFiles files;

    @Inject
    private StoreHousekeeping housekeeping;

    @Inject
    private Event<Forgotten> forgotten;

    private final FileTypeDetector detector = new FileTypeDetector();
    private final Clock clock = Clock.systemUTC();

    /** A stored document to send: its file and what to call it. */
    public record Opened(Path file, String fileName, String mediaType, long size) {
    }

    /** A staff document no record refers to any more; its file goes once the transaction has committed. */
    public record Forgotten(String sha256) {
    }

    /**
     * Stores an uploaded file (streamed, never whole in memory) and records it. What is refused leaves nothing
     * in the store that a record refers to.
     *
     * @param declaredSize the size the client announced, or -1
     */
    public StaffDocument store(InputStream content, String submittedName, long declaredSize, String uploadedBy) {
        String name = FileName.of(submittedName);
        if (declaredSize > MAX_BYTES) {
            throw new UploadTooLarge(MAX_BYTES);
        }
        StoredFile stored;
        try {
            stored = files.store().store(content, MAX_BYTES);
        } catch (StorageRefusal refusal) {
            throw refusal.reason() == StorageRefusal.Reason.EMPTY ? new RuleViolation("file", "upload.empty")
                    : new UploadTooLarge(MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("storing a staff document failed", e);
        }
        Path path = files.find(stored.sha256()).orElseThrow();
        DetectedType type;
        try {
            type = detector.detect(path, name);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a staff document's type failed", e);
        }
        if (!type.allowed() || type.kind() != DetectedType.Kind.DOCUMENT && type.kind() != DetectedType.Kind.IMAGE) {
            forgotten.fire(new Forgotten(stored.sha256()));
            throw new RuleViolation("file", "staffDocument.type", type.type().toString());
        }
        StaffDocument document = new StaffDocument(stored.sha256(), name, type.type().toString(), stored.size(),
                uploadedBy, clock.instant());
        em.persist(document);
        em.flush();
        return document;
    }

    public Optional<Path> file(StaffDocument document) {
        return files.find(document.getSha256());
    }

    public StaffDocument document(long id) {
        return Optional.ofNullable(em.find(StaffDocument.class, id))
                .orElseThrow(() -> new RuleViolation(null, "staffDocument.notFound"));
    }

    /** Deletes the record; its file leaves the store after the commit unless something else refers to it. */
    public void forget(long id) {
        StaffDocument document = em.find(StaffDocument.class, id);
        if (document != null) {
            em.remove(document);
            forgotten.fire(new Forgotten(document.getSha256()));
        }
    }

    @PermitAll
    public void removeFile(@Observes(during = TransactionPhase.AFTER_COMPLETION) Forgotten gone) {
        housekeeping.removeIfUnreferenced(gone.sha256());
    }

    @Override
    @PermitAll
    public Set<String> storedFiles() {
        return new HashSet<>(em.createQuery("select d.sha256 from StaffDocument d", String.class).getResultList());
    }

    @Override
    @PermitAll
    public boolean owns(String sha256) {
        return !em.createQuery("select d.id from StaffDocument d where d.sha256 = :h", Long.class)
                .setParameter("h", sha256).setMaxResults(1).getResultList().isEmpty();
    }
}
