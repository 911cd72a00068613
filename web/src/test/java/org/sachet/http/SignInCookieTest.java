package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInCookieTest {

    private static final byte[] KEY = "a key of thirty-two bytes or so!".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static SignInCookie.Claim claim() {
        return new SignInCookie.Claim(42, 3, NOW.plusSeconds(1800), SignInCookie.newId(new SecureRandom()));
    }

    @Test
    void aCookieReadsBackAsTheSignInItWasMadeFor() {
        SignInCookie.Claim claim = claim();
        assertEquals(Optional.of(claim), SignInCookie.read(SignInCookie.value(claim, KEY), KEY, NOW));
    }

    @Test
    void aLapsedChangedOrForeignCookieIsRefused() {
        SignInCookie.Claim claim = claim();
        String value = SignInCookie.value(claim, KEY);
        assertTrue(SignInCookie.read(value, KEY, claim.lapsesAt()).isEmpty(), "lapsed");
        assertTrue(SignInCookie.read(value.replace("v1.42.", "v1.1."), KEY, NOW).isEmpty(), "another account");
        assertTrue(SignInCookie.read(value.replace(".3.", ".4."), KEY, NOW).isEmpty(), "another epoch");
        String later = value.replace("." + claim.lapsesAt().getEpochSecond() + ".",
                "." + claim.lapsesAt().plusSeconds(86_400).getEpochSecond() + ".");
        assertTrue(SignInCookie.read(later, KEY, NOW).isEmpty(), "lengthened");
        byte[] other = "another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);
        assertTrue(SignInCookie.read(value, other, NOW).isEmpty(), "signed with another installation's key");
        for (String junk : new String[] {null, "", "v1", "v1.42.3.x.y.z", value + "x", value.toUpperCase()}) {
            assertTrue(SignInCookie.read(junk, KEY, NOW).isEmpty(), String.valueOf(junk));
        }
    }
}
