package org.sachet.content.search;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index folder holds an index that cannot be opened: damaged files, a format this Lucene version does not
 * read, or a field layout this code does not read. Nothing is lost that the catalogue does not have: recreate it
 * ({@link MaterialIndex#openOrRecreate(Path)}) and rebuild it from the database.
 */
public class IndexUnreadable extends IOException {

    private final Path directory;

    public IndexUnreadable(Path directory, Throwable cause) {
        super("the search index in " + directory + " cannot be read: " + cause.getMessage(), cause);
        this.directory = directory;
    }

    public IndexUnreadable(Path directory, String reason) {
        super("the search index in " + directory + " cannot be read: " + reason);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
