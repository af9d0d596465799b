package io.simadmin.gateway.client;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells every service who the client is: {@code X-Forwarded-For} is set to exactly the client's address (one hop),
 * replacing anything the client sent. Services use it for their own per-address limits (auth-service's login
 * limit takes the last hop) and for the address in the audit trail (the first hop), so both must be ours.
 *
 * <p>Spring Cloud Gateway adds the header only when {@code trusted-proxies} is configured and then appends to the
 * client's own value; without it, it strips the header and sends none, which made every sign-in look like the
 * gateway's and share one rate limit.
 */
@Component
public class ForwardedForHeadersFilter implements HttpHeadersFilter, Ordered {

    public static final String HEADER = "X-Forwarded-For";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set(HEADER, ClientAddress.of(exchange));
        return headers;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    /** After the gateway's own header filters, so that removing X-Forwarded-* cannot undo this. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
