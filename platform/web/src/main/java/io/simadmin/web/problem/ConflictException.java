package io.simadmin.web.problem;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** 409: the request is well formed but clashes with the current state (a duplicate, a forbidden move). */
public class ConflictException extends ApiException {

    public ConflictException(String slug, String title, String detail, Map<String, ?> properties) {
        super(HttpStatus.CONFLICT, slug, title, detail, properties);
    }

    public ConflictException(String slug, String title, String detail) {
        this(slug, title, detail, Map.of());
    }
}
