package org.sachet.catalogue;

import java.util.Set;

/**
 * An area other than the catalogue that keeps files in the installation's file store (staff-only documents):
 * {@link StoreHousekeeping} keeps its files and removes only what nobody refers to.
 */
public interface StoredFileOwners {

    /** The SHA-256 of every stored file the area refers to. */
    Set<String> storedFiles();

    /** Whether the area refers to one stored file. */
    boolean owns(String sha256);
}
