package org.sachet.ambassadors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.sachet.accounts.CurrentCaller;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.platform.RuleViolation;

import java.util.Optional;

/** The local level an ambassador or a plan is written for: it must be one of the caller's. */
@Dependent
class PlaceOfWork {

    @Inject
    private CurrentCaller caller;

    @Inject
    private GeographyService geography;

    LocalLevel inMyPlaces(Integer code) {
        LocalLevel localLevel = Optional.ofNullable(code).flatMap(geography::localLevel)
                .orElseThrow(() -> new RuleViolation("localLevel", "ambassador.localLevel.required"));
        if (!caller.covers(localLevel)) {
            throw new RuleViolation("localLevel", "ambassador.localLevel.notYours");
        }
        return localLevel;
    }
}
