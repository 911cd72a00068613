package org.sachet.accounts;

import java.util.Set;

/** Who made a request, as the security layer needs it: the account, its roles and its language. */
public record Caller(long accountId, String username, Set<Role> roles, Language language) {

    static Caller of(Account account) {
        return new Caller(account.getId(), account.getUsername(), account.getRoles(), account.getLanguage());
    }
}
