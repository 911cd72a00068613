package org.sachet.accounts;

import org.sachet.geography.Place;

import java.util.Comparator;
import java.util.List;

/**
 * How a download is counted in the reach figures: by the downloader's role and first place, never by person.
 *
 * @param place null for a visitor who is not signed in
 */
public record CountedAs(String role, Place place) {

    public static final String ANONYMOUS = "ANONYMOUS";

    /** The role a download is counted under when an account has several: the field roles first. */
    private static final List<Role> ORDER = List.of(Role.TEACHER, Role.FACILITATOR, Role.COORDINATOR,
            Role.PRODUCER, Role.MANAGER, Role.EDITOR, Role.REVIEWER, Role.ADMIN);

    public static CountedAs anonymous() {
        return new CountedAs(ANONYMOUS, null);
    }

    public static CountedAs of(Account account) {
        String role = ORDER.stream().filter(account::hasRole).map(Role::name).findFirst().orElse(ANONYMOUS);
        Place place = account.getPlaces().stream()
                .min(Comparator.comparing(Place::getLevel).thenComparing(Place::getCode)).orElse(null);
        return new CountedAs(role, place);
    }
}
