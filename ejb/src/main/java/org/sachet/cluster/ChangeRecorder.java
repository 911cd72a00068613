package org.sachet.cluster;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import org.sachet.catalogue.MaterialChanged;
import org.sachet.curriculum.EditionPublished;
import org.sachet.platform.ChangeFeed;

/**
 * Writes into the change feed, in the transaction that makes each change, the changes that other servers' derived
 * state follows.
 * Every change is made in a transaction; an event fired outside one (a test, a restart's re-reading) names a change
 * already committed, and is recorded in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ChangeRecorder {

    static final String MATERIAL = "material";
    static final String EDITION = "edition";

    @EJB
    private ChangeFeed feed;

    /** A material was published, withdrawn or described: search indexes and kit layouts follow. */
    public void materialChanged(@Observes MaterialChanged change) {
        feed.record(MATERIAL, change.materialId());
    }

    /** A curriculum edition was published: kit layouts follow. */
    public void editionPublished(@Observes EditionPublished published) {
        feed.record(EDITION, published.editionId());
    }
}
