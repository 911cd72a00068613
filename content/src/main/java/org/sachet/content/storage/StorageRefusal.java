package org.sachet.content.storage;

/** An upload the store will not keep: empty, or larger than allowed. Nothing of it is left on disk. */
public class StorageRefusal extends RuntimeException {

    /** Why the file was refused. */
    public enum Reason { EMPTY, TOO_LARGE }

    private final Reason reason;
    private final long maxBytes;

    public StorageRefusal(Reason reason, long maxBytes) {
        super(reason == Reason.EMPTY ? "the file is empty" : "the file is larger than " + maxBytes + " bytes");
        this.reason = reason;
        this.maxBytes = maxBytes;
    }

    public Reason reason() {
        return reason;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
