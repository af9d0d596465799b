package io.simadmin.security.jwt;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestOperations;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Fetches a JWK set with Spring's {@link RestOperations}, so that a load-balanced template can resolve
 * {@code http://auth-service/...} through discovery. Nimbus caches what this returns.
 */
record JwksRetriever(RestOperations rest) implements ResourceRetriever {

    private static final MediaType JWK_SET = new MediaType("application", "jwk-set+json");

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            ResponseEntity<String> response = rest.exchange(RequestEntity.get(url.toURI())
                    .accept(MediaType.APPLICATION_JSON, JWK_SET).build(), String.class);
            MediaType type = response.getHeaders().getContentType();
            return new Resource(response.getBody(), type == null ? null : type.toString());
        } catch (RestClientException | URISyntaxException | IllegalStateException e) {
            // IllegalStateException: the load balancer found no instance of the issuer's service.
            throw new IOException("could not fetch the JWK set at " + url + ": " + e.getMessage(), e);
        }
    }
}
