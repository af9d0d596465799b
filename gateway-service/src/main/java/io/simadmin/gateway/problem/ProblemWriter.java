package io.simadmin.gateway.problem;

import io.simadmin.gateway.requestid.RequestIdFilter;
import io.simadmin.gateway.routing.TrailingSlashFilter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem documents straight to the response: no content negotiation, so a client that accepts
 * only text/html still learns what went wrong instead of getting a 406.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type, String title, String detail) {
        Problem problem = new Problem(type, title, status.value(), detail, clientPath(exchange),
                exchange.getAttribute(RequestIdFilter.REQUEST_ID_ATTR));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    /** The path as the client sent it, even after routing rewrote or forwarded the request. */
    public static String clientPath(ServerWebExchange exchange) {
        String original = exchange.getAttribute(TrailingSlashFilter.CLIENT_PATH_ATTR);
        return original != null ? original : exchange.getRequest().getPath().value();
    }
}
