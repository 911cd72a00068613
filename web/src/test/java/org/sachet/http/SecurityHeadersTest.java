package org.sachet.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    @Test
    void aPageKeepsTheOnePolicyWithPrimeFacesNonceInItsScriptSources() {
        String policy = SecurityHeaders.withNonceOf("script-src 'self' 'nonce-dGhlIG5vbmNl';");
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.endsWith("script-src 'self' 'nonce-dGhlIG5vbmNl'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), policy);
    }

    @Test
    void aPolicyWithoutANonceAddsNothingToTheScriptSources() {
        assertEquals(SecurityHeaders.POLICY, SecurityHeaders.withNonceOf("script-src *; 'unsafe-inline'"));
        assertEquals(SecurityHeaders.POLICY, SecurityHeaders.withNonceOf(null));
    }
}
