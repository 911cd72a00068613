package org.sachet.cluster;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import org.sachet.catalogue.MaterialChanged;
import org.sachet.curriculum.EditionPublished;
import org.sachet.platform.ChangeFeed;

/** Writes into the change feed, in their own transactions, the changes that other servers' derived state follows. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
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
