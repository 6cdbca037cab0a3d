package kr.drregistry.platform;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a request came from, as the one place that knows says: Vert.x, after Quarkus applied the forwarding
 * headers of a trusted proxy ({@code quarkus.http.proxy.*}, docs/operations.md "Behind a proxy"). Without a trusted proxy it is
 * the peer of the TCP connection, and an {@code X-Forwarded-For} sent by a client changes nothing.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** The client's IP address (at most 64 characters), or "unknown". */
    public static String of(RoutingContext rc) {
        if (rc == null) {
            return "unknown";
        }
        SocketAddress remote = rc.request().remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        if (host == null || host.isBlank()) {
            host = remote == null ? null : remote.host();
        }
        if (host == null || host.isBlank()) {
            return "unknown";
        }
        return host.length() > 64 ? host.substring(0, 64) : host;
    }
}
