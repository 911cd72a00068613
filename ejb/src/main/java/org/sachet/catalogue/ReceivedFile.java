package org.sachet.catalogue;

/**
 * A file safely in the store and understood enough to become a version: its hash, size, name and type.
 *
 * @param crc32 the file's CRC-32, for lesson kits (null when not known)
 */
public record ReceivedFile(String sha256, long size, String fileName, String mediaType, String nameMismatch,
                           Long crc32) {
}
