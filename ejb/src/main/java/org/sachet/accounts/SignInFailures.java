package org.sachet.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed sign-ins from one client (its network address) for one user name, or for every name ({@link #ANY_NAME}).
 * Locking by client and name, not the account itself, means that whoever guesses passwords locks out only
 * themselves: the account's owner still signs in from their own device (issue 14).
 */
@Entity
@Table(name = "SIGN_IN_FAILURE")
@IdClass(SignInFailures.Key.class)
public class SignInFailures {

    /** The row counting a client's failures whatever names it tries. */
    public static final String ANY_NAME = "*";
    /** Failed sign-ins in a row, from one client for one name, before that pair is locked. */
    public static final int MAX_FOR_NAME = 5;
    /** Failed sign-ins from one client, whatever the names, before the client is locked. */
    public static final int MAX_FOR_CLIENT = 20;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);

    /** The id: a client and a name. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String client;
        private String username;

        public Key() {
        }

        public Key(String client, String username) {
            this.client = client;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(client, k.client) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(client, username);
        }
    }

    @Id
    @Column(name = "CLIENT", length = 64)
    private String client;

    @Id
    @Column(name = "USERNAME", length = 100)
    private String username;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "LAST_FAILED_AT", nullable = false)
    private Instant lastFailedAt;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    protected SignInFailures() {
    }

    SignInFailures(String client, String username) {
        this.client = client;
        this.username = username;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one more failure; returns true when this one locked the pair (or the client). */
    boolean failedAt(Instant now) {
        if (lastFailedAt != null && lastFailedAt.plus(LOCK_OUT).isBefore(now)) {
            failures = 0; // failures long ago do not add up with today's
        }
        failures++;
        lastFailedAt = now;
        int limit = ANY_NAME.equals(username) ? MAX_FOR_CLIENT : MAX_FOR_NAME;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK_OUT);
            failures = 0;
            return true;
        }
        return false;
    }
}
