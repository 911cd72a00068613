package org.sachet.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}). The stored form
 * carries its own algorithm, iteration count and salt, so raising the cost later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    private Pbkdf2PasswordHash hash;

    private String unknownAccountHash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        unknownAccountHash = hash.generate("no such account".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, so a sign-in for an unknown name cannot be told apart. */
    public void checkAgainstNothing(String password) {
        hash.verify(password.toCharArray(), unknownAccountHash);
    }
}
