package io.simadmin.web.problem;

import org.springframework.http.HttpStatus;

/** 404 for a resource id that does not exist (or that the caller may not see). */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", capitalize(resource) + " not found",
                "No " + resource + " has the id " + id + ".");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
