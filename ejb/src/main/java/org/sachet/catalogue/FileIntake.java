package org.sachet.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sachet.content.extraction.DetectedType;
import org.sachet.content.extraction.FileTypeDetector;
import org.sachet.content.storage.StorageRefusal;
import org.sachet.content.storage.StoredFile;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Takes a file into the store and decides whether the catalogue can hold it: streamed to disk
 * (never whole in memory), limited in size, typed from its content. What is refused leaves nothing behind;
 * what is accepted is recorded by {@link CatalogueWorkflow} in the next step.
 */
@ApplicationScoped
public class FileIntake {

    private static final Logger LOG = Logger.getLogger(FileIntake.class.getName());

    @Inject
    private MaterialFiles files;

    private final FileTypeDetector detector = new FileTypeDetector();

    /**
     * @param declaredSize the size the client announced, or -1; a size beyond the limit is refused before
     *                     a byte is read
     */
    public ReceivedFile receive(InputStream content, String submittedName, long declaredSize) {
        String name = FileName.of(submittedName);
        long max = files.maxUploadBytes();
        if (declaredSize > max) {
            throw new UploadTooLarge(max);
        }
        StoredFile stored;
        try {
            stored = files.store().store(content, max);
        } catch (StorageRefusal refusal) {
            throw refusal.reason() == StorageRefusal.Reason.EMPTY ? new RuleViolation("file", "upload.empty")
                    : new UploadTooLarge(max);
        } catch (IOException e) {
            throw new UncheckedIOException("storing an upload failed", e);
        }
        Path path = files.find(stored.sha256()).orElseThrow();
        DetectedType type;
        try {
            type = detector.detect(path, name);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an upload's type failed", e);
        }
        if (!type.allowed()) {
            forget(stored.sha256());
            throw new RuleViolation("file", "upload.refused." + type.refusalReason().orElse("type-not-allowed"),
                    type.type().toString());
        }
        return new ReceivedFile(stored.sha256(), stored.size(), name, type.type().toString(),
                type.nameMismatch().orElse(null), stored.crc32());
    }

    public long maxUploadBytes() {
        return files.maxUploadBytes();
    }

    // A refused type is refused for every upload of the same bytes, so no version can refer to this file.
    private void forget(String sha256) {
        try {
            files.store().remove(sha256);
        } catch (IOException e) {
            LOG.warning("could not remove a refused upload " + sha256 + ": " + e.getMessage());
        }
    }
}
