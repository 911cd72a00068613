package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private static final Set<String> NGINX = Set.of("127.0.0.1");

    @Test
    void withoutATrustedProxyTheConnectionIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", List.of("127.0.0.1"), NGINX));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", List.of(), Set.of()));
    }

    @Test
    void behindTheProxyTheNearestUntrustedForwardedAddressIsTheClient() {
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", List.of("198.51.100.4"), NGINX));
        // a client that sends its own X-Forwarded-For cannot pass for another: nginx appends the real address last
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", List.of("127.0.0.1, 198.51.100.4"), NGINX));
        assertEquals("2001:db8::5", ClientAddress.of("127.0.0.1", List.of("10.0.0.9", "2001:db8::5"), NGINX));
        // two proxies in a row
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", List.of("198.51.100.4, 10.0.0.2"),
                Set.of("127.0.0.1", "10.0.0.2")));
    }

    @Test
    void aProxyThatForwardsNothingOrNonsenseIsTheClient() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of(), NGINX));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("unknown"), NGINX));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("198.51.100.4, <script>"), NGINX));
    }

    @Test
    void onlyATrustedProxySaysTheClientCameOverHttps() {
        assertTrue(ClientAddress.overHttps("127.0.0.1", "https", NGINX));
        assertTrue(ClientAddress.overHttps("127.0.0.1", " HTTPS ", NGINX));
        assertFalse(ClientAddress.overHttps("127.0.0.1", "http", NGINX));
        assertFalse(ClientAddress.overHttps("127.0.0.1", null, NGINX));
        assertFalse(ClientAddress.overHttps("198.51.100.4", "https", NGINX), "a client's own header says nothing");
        assertFalse(ClientAddress.overHttps("127.0.0.1", "https", Set.of()), "no proxy trusted");
    }
}
