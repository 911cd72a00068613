package org.sachet.accounts;

import java.util.Set;

/**
 * Who made a request, as the security layer needs it: the account, its roles and its language, and the sign-in
 * epoch a web session keeps to learn when every sign-in of the account was ended.
 */
public record Caller(long accountId, String username, Set<Role> roles, Language language, int signInEpoch) {

    static Caller of(Account account) {
        return new Caller(account.getId(), account.getUsername(), account.getRoles(), account.getLanguage(),
                account.getSignInEpoch());
    }
}
