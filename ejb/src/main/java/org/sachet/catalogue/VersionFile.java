package org.sachet.catalogue;

import java.nio.file.Path;
import java.time.Instant;

/** A version's stored file with what a download needs to describe it. */
public record VersionFile(long materialId, long versionId, Path path, long size, String sha256,
                          Instant lastModified, String mediaType, String fileName) {
}
