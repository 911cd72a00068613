package org.sachet.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.sachet.content.storage.FileStore;
import org.sachet.platform.SachetConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** The installation's file store ({@code SACHET_FILES}, else {@code SACHET_HOME/files}) and the upload size limit. */
@ApplicationScoped
public class MaterialFiles {

    private FileStore store;
    private long maxUploadBytes;

    @PostConstruct
    void open() {
        try {
            store = new FileStore(SachetConfiguration.files(), SachetConfiguration.instance());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file store", e);
        }
        maxUploadBytes = SachetConfiguration.maxUploadBytes();
    }

    public FileStore store() {
        return store;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public Optional<Path> find(String sha256) {
        return store.find(sha256);
    }
}
