package org.sachet.radio;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.sachet.platform.IntegrityViolations;
import org.sachet.platform.RuleViolation;

import java.util.function.Supplier;

/**
 * Writes the radio services' changes before they answer, so that someone else's save at the same moment (the
 * version check) or a unique key refusing a second row (two episodes given one number at once) reaches the
 * caller as a broken rule; any other database error is not the caller's to mend and passes on.
 */
final class Flushes {

    private Flushes() {
    }

    static void flush(EntityManager em, Supplier<RuleViolation> meanwhile, Supplier<RuleViolation> duplicate) {
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw meanwhile.get();
        } catch (PersistenceException refused) {
            if (IntegrityViolations.causedOne(refused)) { // by SQLState: PostgreSQL's driver has no such subclass
                throw duplicate.get();
            }
            throw refused;
        }
    }
}
