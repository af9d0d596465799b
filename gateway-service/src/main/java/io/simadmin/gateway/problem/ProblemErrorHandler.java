package io.simadmin.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Errors raised in the gateway itself (no route, method not allowed, a bug) as problem+json.
 * Runs before Boot's default handler, which would answer with its own JSON shape or an HTML page.
 * Errors of a downstream service never get here: they are responses, passed through as they are.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter problems;

    public ProblemErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException statusError) {
            return handleStatus(exchange, statusError);
        }
        log.error("Unexpected gateway error on {} {}", exchange.getRequest().getMethod(),
                ProblemWriter.clientPath(exchange), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, Problem.type("internal-error"),
                "Internal error", "The gateway could not handle this request. Please try again later.");
    }

    private Mono<Void> handleStatus(ServerWebExchange exchange, ResponseStatusException error) {
        HttpStatusCode status = error.getStatusCode();
        // Keeps headers such as Allow (405) or Accept (415) that tell the client how to retry.
        exchange.getResponse().getHeaders().addAll(error.getHeaders());
        if (status.is5xxServerError()) {
            log.warn("Gateway answered {} on {}: {}", status.value(), ProblemWriter.clientPath(exchange), error.getMessage());
        }
        return problems.write(exchange, status, Problem.GENERIC_TYPE, title(status), detail(exchange, error));
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error " + status.value();
    }

    private static String detail(ServerWebExchange exchange, ResponseStatusException error) {
        HttpStatusCode status = error.getStatusCode();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "Nothing is served at " + ProblemWriter.clientPath(exchange) + ".";
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return exchange.getRequest().getMethod() + " is not allowed on " + ProblemWriter.clientPath(exchange) + ".";
        }
        // Reasons of server errors can carry internals (hosts, class names): keep them in the log.
        if (status.is5xxServerError() || error.getReason() == null) {
            return "The request could not be completed.";
        }
        return error.getReason();
    }
}
