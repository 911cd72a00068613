package org.sachet.accounts;

import java.time.Instant;

/** A newly made API token: the only moment its secret value is known. */
public record IssuedToken(long id, String label, String secret, Instant expiresAt) {
}
