package io.simadmin.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Finds TCP ports on the loopback interface that nothing listens on. */
public final class FreePorts {

    private static final int ATTEMPTS = 50;

    /**
     * The kernel may hand the same ephemeral port to two back-to-back probes once the first is closed; servers
     * started side by side (PostgreSQL, Kafka and its controller) must not be given the same one.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port that was free a moment ago and not handed out before in this JVM; bind it soon. */
    public static int pick() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = probeEphemeralPort();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no fresh free TCP port after " + ATTEMPTS + " attempts");
    }

    private static int probeEphemeralPort() {
        try (ServerSocket socket = new ServerSocket()) {
            // Without SO_REUSEADDR the kernel hands out a port that has no TIME_WAIT leftovers either.
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on the loopback interface", e);
        }
    }

    public static boolean isFree(int port) {
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        // Binding the wildcard address fails when any interface, loopback included, already listens on the port.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
