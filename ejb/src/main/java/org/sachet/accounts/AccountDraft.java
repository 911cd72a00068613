package org.sachet.accounts;

import org.sachet.geography.Place;

import java.util.Set;

/** What an administrator fills in for a new account or an edited one (password only for a new one). */
public record AccountDraft(String username, String displayName, String password, Language language,
                           Set<Role> roles, Set<Place> places, boolean active) {
}
