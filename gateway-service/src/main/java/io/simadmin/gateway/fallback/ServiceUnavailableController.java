package io.simadmin.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.simadmin.gateway.problem.Problem;
import io.simadmin.gateway.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service cannot be reached (no instance, connection
 * refused, timeout, breaker open). Only failures to reach a service land here; the service's own error
 * responses are passed through by the route.
 */
@RestController
class ServiceUnavailableController {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableController.class);

    private final ProblemWriter problems;

    ServiceUnavailableController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            // Called directly rather than forwarded by a breaker: there is nothing here for clients.
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        log.warn("{} unreachable for {}: {}", service, ProblemWriter.clientPath(exchange), cause.toString());
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, Problem.type("service-unavailable"),
                "Service unavailable",
                "The " + humanName(service) + " is not reachable right now; try again in a moment.");
    }

    /** "reseller-service" reads as "reseller service". */
    static String humanName(String service) {
        return service.replace('-', ' ');
    }
}
