package org.sachet.platform;

/**
 * Sessions and audit entries take their ids from sequences, handed out {@value #ALLOCATION} at a time, instead of
 * their identity columns: the rows of a synced batch then go to the database as one JDBC batch, without asking
 * for each new row's identity. The entities' {@code allocationSize} and the sequences' increment
 * ({@code V7__IdSequences}) are this one number.
 */
public final class IdBlocks {

    /** Ids a server takes from a sequence at once. */
    public static final int ALLOCATION = 100;

    private IdBlocks() {
    }
}
