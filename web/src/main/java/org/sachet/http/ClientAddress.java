package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import org.sachet.platform.SachetConfiguration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of the client a request comes from: the connection's own, unless that is a reverse proxy named in
 * {@code SACHET_TRUSTED_PROXIES}; then the nearest address in X-Forwarded-For that is not a trusted proxy. Behind
 * nginx every connection comes from nginx: sign-in throttling would lock a name for everyone, and a check for "this
 * machine" would pass for the whole network. A header from a connection that is not a trusted proxy is ignored
 * (anyone can send it).
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")),
                SachetConfiguration.trustedProxies());
    }

    /**
     * Whether the client reached us over HTTPS: on this connection, or at a trusted reverse proxy that ended TLS and
     * says so in {@code X-Forwarded-Proto}. The header from anyone else is ignored.
     */
    public static boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || overHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"),
                SachetConfiguration.trustedProxies());
    }

    static boolean overHttps(String connection, String forwardedProto, Set<String> trusted) {
        return connection != null && trusted.contains(connection) && forwardedProto != null
                && forwardedProto.strip().equalsIgnoreCase("https");
    }

    /**
     * @param connection the address the connection comes from
     * @param forwarded  the X-Forwarded-For headers, in order (each a comma-separated list, the nearest hop last)
     * @param trusted    the reverse proxies' own addresses
     */
    static String of(String connection, List<String> forwarded, Set<String> trusted) {
        if (connection == null || !trusted.contains(connection)) {
            return connection;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwarded) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = connection;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IPV4.matcher(hop).matches() && !(hop.contains(":") && IPV6.matcher(hop).matches())) {
                return client; // not an address: what lies beyond it cannot be told
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return client;
    }
}
