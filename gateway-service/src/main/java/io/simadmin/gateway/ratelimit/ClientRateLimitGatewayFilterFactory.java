package io.simadmin.gateway.ratelimit;

import io.simadmin.gateway.client.ClientAddress;
import io.simadmin.gateway.problem.Problem;
import io.simadmin.gateway.problem.ProblemWriter;
import java.time.Duration;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@code ClientRateLimit}: at most {@code capacity} requests per client address within {@code period} (refilled
 * evenly) on the routes that carry it; beyond that, {@code 429} problem+json with {@code Retry-After} before the
 * request reaches the service. In memory per gateway instance (ADR 0007): Spring Cloud Gateway's
 * RequestRateLimiter would need Redis.
 *
 * <pre>
 * filters:
 *   - name: ClientRateLimit
 *     args: {capacity: 20, period: 1m}
 * </pre>
 */
@Component
public class ClientRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    /** Sweeping refilled buckets starts above this many addresses. */
    static final int SWEEP_ABOVE = 10_000;

    private final TokenBuckets buckets = new TokenBuckets(System::nanoTime, SWEEP_ABOVE);
    private final ProblemWriter problems;

    public ClientRateLimitGatewayFilterFactory(ProblemWriter problems) {
        super(Config.class);
        this.problems = problems;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("capacity", "period");
    }

    @Override
    public GatewayFilter apply(Config config) {
        if (config.getCapacity() < 1 || config.getPeriod() == null || config.getPeriod().isNegative()
                || config.getPeriod().isZero()) {
            throw new IllegalArgumentException("ClientRateLimit needs capacity >= 1 and a positive period, got "
                    + config.getCapacity() + " per " + config.getPeriod());
        }
        // Before everything else on the route (circuit breaker, load balancing): a refused request costs nothing.
        return new OrderedGatewayFilter((exchange, chain) -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            String key = (route == null ? "" : route.getId()) + '|' + ClientAddress.of(exchange);
            Duration wait = buckets.take(key, config.getCapacity(), config.getPeriod());
            if (wait.isZero()) {
                return chain.filter(exchange);
            }
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, Problem.type("rate-limited"),
                    "Too many requests", "Too many requests from your address to this endpoint. Try again in "
                            + seconds + " seconds.");
        }, Ordered.HIGHEST_PRECEDENCE);
    }

    public static class Config {

        private int capacity;
        private Duration period;

        public int getCapacity() {
            return capacity;
        }

        public void setCapacity(int capacity) {
            this.capacity = capacity;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }
    }
}
