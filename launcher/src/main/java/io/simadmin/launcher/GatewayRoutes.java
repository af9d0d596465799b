package io.simadmin.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits until the gateway can reach every started service. A service is healthy on its own port a few seconds
 * before the gateway routes to it (Eureka registration, the gateway's registry fetch and its load-balancer cache),
 * and in that gap the first sign-in of a fresh start answered 503. A path is routable once anything but the
 * gateway's own "service unavailable" answers it: without a token, the service's 401 proves the route.
 */
final class GatewayRoutes {

    /** One GET per service that only that service answers; null for services the gateway does not route to. */
    static final Map<String, String> PROBES = Map.of(
            "auth-service", "/api/auth/.well-known/jwks.json",
            "reseller-service", "/api/resellers",
            "user-service", "/api/users",
            "support-service", "/api/support/tickets",
            "analytics-service", "/api/activities",
            "order-service", "/api/plans",
            "payment-service", "/api/transactions");

    private static final Set<Integer> UNROUTED = Set.of(0, 502, 503, 504);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final HealthProbe probe;

    GatewayRoutes(HealthProbe probe) {
        this.probe = probe;
    }

    /** @return the services the gateway still could not reach when the time was up (empty when all are routed) */
    List<String> awaitRoutable(String gatewayUrl, List<String> services, Duration timeout) {
        Map<String, String> waiting = new LinkedHashMap<>();
        services.stream().filter(PROBES::containsKey).forEach(service -> waiting.put(service, PROBES.get(service)));
        Instant deadline = Instant.now().plus(timeout);
        while (!waiting.isEmpty()) {
            waiting.values().removeIf(path -> !UNROUTED.contains(probe.statusOf(gatewayUrl + path)));
            if (waiting.isEmpty() || Instant.now().isAfter(deadline)) {
                break;
            }
            try {
                Thread.sleep(PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(waiting.keySet());
    }
}
