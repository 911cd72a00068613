package org.sachet.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.Place;

import java.security.Principal;
import java.util.Set;

/**
 * Who is calling, looked up once per request for every service it calls: the name the audit trail records, and
 * the places (and the local levels within them) whose data the caller works with. A service that changes the
 * caller's own account still reads it through {@link AccountService#me()}, inside its transaction.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    private Principal principal;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    private Set<Place> places;
    private Set<Integer> localLevelCodes;

    /** The caller's username, as the audit trail records it. */
    public String name() {
        return principal.getName();
    }

    /** The places the caller's account is given. */
    public Set<Place> places() {
        if (places == null) {
            places = Set.copyOf(accounts.me().getPlaces());
        }
        return places;
    }

    /** The codes of the local levels within the caller's places. */
    public Set<Integer> localLevelCodes() {
        if (localLevelCodes == null) {
            localLevelCodes = Set.copyOf(geography.localLevelCodesWithin(places()));
        }
        return localLevelCodes;
    }

    /** Whether the local level lies within one of the caller's places. */
    public boolean covers(LocalLevel localLevel) {
        return localLevelCodes().contains(localLevel.getCode());
    }
}
