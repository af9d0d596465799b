package io.simadmin.security.jwt;

import org.springframework.web.client.RestOperations;

import java.net.URI;

/**
 * The HTTP clients JWK sets are fetched with: a plain one, and a load-balanced one for {@code lb://service/...}
 * locations (null when Spring Cloud LoadBalancer is not on the classpath).
 */
public record JwksHttp(RestOperations plain, RestOperations balanced) {

    static final String LOAD_BALANCED_SCHEME = "lb";

    public static boolean isLoadBalanced(String location) {
        return LOAD_BALANCED_SCHEME.equalsIgnoreCase(URI.create(location).getScheme());
    }

    /** The URL to request: {@code lb://auth-service/x} becomes {@code http://auth-service/x}, which the balancer resolves. */
    static URI requestUri(String location) {
        URI uri = URI.create(location);
        if (!isLoadBalanced(location)) {
            return uri;
        }
        return URI.create("http" + location.substring(LOAD_BALANCED_SCHEME.length()));
    }

    RestOperations forLocation(String location) {
        if (!isLoadBalanced(location)) {
            return plain;
        }
        if (balanced == null) {
            throw new IllegalStateException("The JWK set location " + location + " needs Spring Cloud LoadBalancer "
                    + "(spring-cloud-starter-loadbalancer, which the Eureka client brings); add it or use an http(s) URL.");
        }
        return balanced;
    }
}
