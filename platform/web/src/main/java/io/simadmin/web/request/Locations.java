package io.simadmin.web.request;

import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * The {@code Location} of a created resource as an absolute path without scheme and host (RFC 9110 §10.2.2 allows a
 * relative reference). Clients resolve it against the URL they called, so behind the gateway it names the gateway,
 * never the service's own host and port, and no forwarded header has to be trusted to build it.
 */
public final class Locations {

    private Locations() {
    }

    /** @param template a path such as {@code /api/orders/{id}} */
    public static URI of(String template, Object... variables) {
        return UriComponentsBuilder.fromPath(template).encode().buildAndExpand(variables).toUri();
    }
}
