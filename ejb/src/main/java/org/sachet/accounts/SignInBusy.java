package org.sachet.accounts;

import jakarta.ejb.ApplicationException;

/** Too many password checks are waiting: the caller is asked to try again shortly, and nothing is counted. */
@ApplicationException
public class SignInBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SignInBusy() {
        super("too many sign-ins at once", null, false, false);
    }
}
