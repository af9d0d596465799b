package io.simadmin.web.problem;

import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the client can act on. {@link ProblemDetailsHandler} renders it as RFC 9457 problem+json with
 * {@code type = urn:problem-type:simadmin:<slug>} and the extra properties as members.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties;

    public ApiException(HttpStatus status, String slug, String title, String detail, Map<String, ?> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.properties = new LinkedHashMap<>(properties);
    }

    public ApiException(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
