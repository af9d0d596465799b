package io.simadmin.web.problem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.stream.Collectors;

/** Turns a JSON parsing failure into words a client can act on, naming the field when there is one. */
record UnreadableBody(String field, String message, String detail) {

    static UnreadableBody explain(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return withField(field, "is not a known field");
        }
        if (cause instanceof InvalidFormatException invalid) {
            return withField(path(invalid), "has a value of the wrong type or format");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return withField(path(mismatched), "has a value of the wrong type");
        }
        if (cause instanceof StreamReadException) {
            return new UnreadableBody(null, null, "The request body is not valid JSON.");
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return withField(path(jackson), "could not be read");
        }
        return new UnreadableBody(null, null, "The request body is missing or cannot be read as JSON.");
    }

    private static UnreadableBody withField(String field, String message) {
        return new UnreadableBody(field, message, "The field '" + field + "' " + message + ".");
    }

    private static String path(JacksonException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
