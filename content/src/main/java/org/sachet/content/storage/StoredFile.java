package org.sachet.content.storage;

/** A file in the {@link FileStore}: its SHA-256 (its name and its ETag) and its size in bytes. */
public record StoredFile(String sha256, long size) {
}
