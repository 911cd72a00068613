package org.sachet.catalogue;

/** Fired when a new version is recorded, so its file is read once the transaction has committed. */
public record VersionUploaded(long versionId) {
}
