package org.sachet.outreach;

import jakarta.ejb.ApplicationException;
import org.sachet.platform.RuleViolation;

/** A session UUID already stored with a different content (or by someone else): the client must look. */
@ApplicationException(rollback = true)
public class SessionConflict extends RuleViolation {

    private final long storedId;

    public SessionConflict(long storedId) {
        super("uuid", "session.uuid.conflict");
        this.storedId = storedId;
    }

    public long storedId() {
        return storedId;
    }
}
