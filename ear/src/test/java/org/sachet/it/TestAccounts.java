package org.sachet.it;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accounts the end-to-end tests work as, each made by the administrator through the account form (one role,
 * one district) the first time a test asks for it. The run shares one deployment and one database, so an account
 * made for one test is there for the next, in whatever order the tests run.
 */
final class TestAccounts {

    /** An account as the administrator fills in the form for it. */
    record Account(String username, String name, String password, String role, String province, String district) {
    }

    private static final Set<String> MADE = new HashSet<>();

    private TestAccounts() {
    }

    /** Makes those of the accounts that this run has not made yet, in one administrator's browser. */
    static synchronized void make(Account... accounts) {
        List<Account> missing = Arrays.stream(accounts).filter(a -> !MADE.contains(a.username())).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (Browser admin = new Browser()) {
            for (Account account : missing) {
                admin.createAccount(account.username(), account.name(), account.password(), account.role(),
                        account.province(), account.district());
                MADE.add(account.username());
            }
        }
    }
}
