package io.simadmin.gateway.routing;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The seed's API paths end with "/" and clients use both forms. Stripping one trailing slash before
 * route matching means route patterns and every service need only the slash-less form.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TrailingSlashFilter implements WebFilter {

    public static final String CLIENT_PATH_ATTR = TrailingSlashFilter.class.getName() + ".clientPath";

    private static final String API_PREFIX = "/api/";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        exchange.getAttributes().put(CLIENT_PATH_ATTR, path);
        if (!path.startsWith(API_PREFIX) || !path.endsWith("/") || path.length() == API_PREFIX.length()) {
            return chain.filter(exchange);
        }
        String slashLess = path.substring(0, path.length() - 1);
        return chain.filter(exchange.mutate().request(request -> request.path(slashLess)).build());
    }
}
