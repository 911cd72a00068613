package org.sachet.curriculum;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.content.archive.ZipLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The CRC-32 of a version's file, which a kit's ZIP entry needs: read from the file the first time a kit holds
 * it and kept with the version, in a transaction of its own so concurrent kit builds never clash over it.
 */
@Stateless
public class StoredFileChecksums {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long crc32(long versionId, Long known, Path file) {
        if (known != null) {
            return known;
        }
        try {
            long crc = ZipLayout.crc32(file);
            // the same value from every writer, so no version check is needed
            em.createQuery("update MaterialVersion v set v.crc32 = :crc where v.id = :id and v.crc32 is null")
                    .setParameter("crc", crc).setParameter("id", versionId).executeUpdate();
            return crc;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
