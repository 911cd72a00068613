package org.sachet.content.storage;

/**
 * A file in the {@link FileStore}: its SHA-256 (its name and its ETag), its size in bytes, and its CRC-32 (what a
 * ZIP entry of it needs, so a lesson kit never reads the file to lay itself out).
 */
public record StoredFile(String sha256, long size, long crc32) {
}
