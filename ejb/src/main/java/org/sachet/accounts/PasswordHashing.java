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
        return checking(() -> hash.verify(password.toCharArray(), storedHash));
    }

    /** Spends the same time as a real check, so a sign-in for an unknown name cannot be told apart. */
    public void checkAgainstNothing(String password) {
        checking(() -> hash.verify(password.toCharArray(), unknownAccountHash));
    }

    /**
     * Checks run one at a time per spare core: a flood of guessed passwords (each check costs ~0.1 s of a core)
     * then waits its turn instead of taking every core from the people already signed in (issue 14). Only a few
     * may wait, briefly: a waiting check holds a request thread, and a flood must not hold them all.
     */
    private boolean checking(java.util.function.BooleanSupplier check) {
        if (WAITING.incrementAndGet() > MAX_WAITING) {
            WAITING.decrementAndGet();
            throw new SignInBusy();
        }
        try {
            if (!CHECKS.tryAcquire(BUSY_WAIT_MILLISECONDS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new SignInBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusy();
        } finally {
            WAITING.decrementAndGet();
        }
        try {
            return check.getAsBoolean();
        } finally {
            CHECKS.release();
        }
    }

    private static final java.util.concurrent.Semaphore CHECKS = new java.util.concurrent.Semaphore(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true);
    private static final int BUSY_WAIT_MILLISECONDS = 5_000;
    // three quarters of the server's 32 request threads (DomainSettings): a burst of honest Basic-auth calls
    // (a phone retrying 20 at once) still waits its turn, and a flood leaves a quarter for everyone else
    private static final int MAX_WAITING = 24;
    private static final java.util.concurrent.atomic.AtomicInteger WAITING = new java.util.concurrent.atomic.AtomicInteger();
}
