package fr.vigie.platform.security.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for throttling. Behind a reverse proxy or load balancer
 * every request arrives from the proxy: when the direct peer is one of the trusted proxies
 * ({@code vigie.security.trusted-proxies}, comma-separated addresses, none by default), the
 * address the proxy appended to {@code X-Forwarded-For} is used instead. A client cannot choose
 * its own address by sending the header: it is read only from a trusted peer.
 */
final class ClientAddress {
    private final Set<String> trustedProxies;

    ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null
                ? Set.of()
                : Arrays.stream(trustedProxies.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        // From the right: the last hop not itself a trusted proxy is the client as our proxies saw it.
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
