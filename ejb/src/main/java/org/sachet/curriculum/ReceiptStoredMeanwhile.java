package org.sachet.curriculum;

import jakarta.ejb.ApplicationException;

/**
 * Two first pieces of one person's kit download arrived at once and the other stored the receipt: asking again
 * finds it (and counts nothing twice). Any other failure of the count is not this one and is not retried.
 */
@ApplicationException(rollback = true)
public class ReceiptStoredMeanwhile extends RuntimeException {

    ReceiptStoredMeanwhile(Throwable refused) {
        super("a receipt for this person and kit was stored meanwhile", refused);
    }
}
