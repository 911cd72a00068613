package org.sachet.platform;

import java.io.Serializable;
import java.util.List;

/**
 * A row of an uploaded table as an import read and checked it: its line in the file, and — when it cannot be
 * imported — the message key and arguments that say why. The import pages show every row with its verdict.
 */
public interface ImportRow extends Serializable {

    int line();

    /** The message key of what is wrong; null for a good row. */
    String problem();

    List<Object> arguments();

    boolean isGood();
}
