package fr.vigie.platform.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindProxy = new ClientAddress("10.0.0.1, 10.0.0.2");

    @Test
    void aDirectClientCannotChooseItsAddress() {
        assertEquals("198.51.100.4", behindProxy.of("198.51.100.4", "203.0.113.9"));
        assertEquals("198.51.100.4", new ClientAddress("").of("198.51.100.4", "203.0.113.9"));
    }

    @Test
    void behindTrustedProxiesTheLastUntrustedHopIsTheClient() {
        assertEquals("203.0.113.9", behindProxy.of("10.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2"));
        assertEquals("10.0.0.1", behindProxy.of("10.0.0.1", "10.0.0.2"));
        assertEquals("10.0.0.1", behindProxy.of("10.0.0.1", null));
    }
}
