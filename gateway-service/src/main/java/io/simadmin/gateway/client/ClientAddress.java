package io.simadmin.gateway.client;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is calling, as an address: the peer of the client's connection. The gateway is the edge, so whatever a
 * client writes into X-Forwarded-For is its own claim and never counts (behind a load balancer that rewrites the
 * header, {@code server.forward-headers-strategy=native} makes the peer the balancer's client, see ADR 0007).
 */
public final class ClientAddress {

    /** When the server cannot tell (a test exchange without a connection): one shared key, still limited. */
    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        if (peer == null) {
            return UNKNOWN;
        }
        // The numeric address, never a reverse-DNS name: names are slow to get and can be chosen by the client.
        return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    }
}
