package org.sachet.it.services;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.SignInFailures;
import org.sachet.accounts.SignInThrottle;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong passwords sent at the same moment, as a guesser does against several servers of a cluster at once: each
 * one counts, so the lock comes after exactly {@link SignInFailures#MAX_FOR_NAME} of them, never later.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Inject
    private SignInThrottle throttle;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void wrongPasswordsSentAtOnceEachCount() throws Exception {
        for (int round = 0; round < 5; round++) {
            // a client of this round alone (documentation addresses and a random part: no other test uses them)
            String client = "203.0.113." + round + "-" + UUID.randomUUID().toString().substring(0, 8);
            String name = "throttle.test";
            int atOnce = SignInFailures.MAX_FOR_NAME - 1;
            CountDownLatch ready = new CountDownLatch(atOnce);
            List<Future<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                guesses.add(executor.submit(() -> {
                    ready.countDown();
                    ready.await(20, TimeUnit.SECONDS);
                    return throttle.failed(client, name);
                }));
            }
            for (Future<Boolean> guess : guesses) {
                assertFalse(guess.get(60, TimeUnit.SECONDS), "no lock before the limit");
            }
            assertFalse(throttle.isLocked(client, name));
            assertTrue(throttle.failed(client, name), "the limit's failure locks: every earlier one was counted");
            assertTrue(throttle.isLocked(client, name));
        }
    }
}
