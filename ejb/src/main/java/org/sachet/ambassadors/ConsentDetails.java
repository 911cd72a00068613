package org.sachet.ambassadors;

import java.time.LocalDate;

/** A guardian's consent as a coordinator writes it from the signed form; all empty: no consent. */
public record ConsentDetails(LocalDate givenOn, Guardian givenBy, LocalDate validUntil) {

    public boolean isEmpty() {
        return givenOn == null && givenBy == null && validUntil == null;
    }

    GuardianConsent checked(LocalDate today) {
        return GuardianConsent.given(givenOn, givenBy, validUntil, today);
    }
}
