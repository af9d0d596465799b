package io.simadmin.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id that the services log and the client gets back, so one id finds a request
 * across all logs. A caller's own id is kept when it is harmless; anything that could forge log lines
 * or bloat headers is replaced. A WebFilter rather than a route filter: errors without a route get one too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String REQUEST_ID_ATTR = RequestIdFilter.class.getName() + ".id";

    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = saneOrNew(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(REQUEST_ID_ATTR, id);
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, id)))
                .build();
        withId.getResponse().beforeCommit(() -> {
            // set, not add: a service echoing the header must not make it appear twice.
            withId.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(withId);
    }

    static String saneOrNew(String incoming) {
        return incoming != null && SANE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
