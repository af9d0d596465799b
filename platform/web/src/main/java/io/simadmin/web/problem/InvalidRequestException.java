package io.simadmin.web.problem;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** 400 with the offending fields named, for checks that bean validation cannot express. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", summary(errors),
                Map.of("errors", List.copyOf(errors)));
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    private static String summary(List<FieldProblem> errors) {
        return errors.size() == 1
                ? "The field '" + errors.getFirst().field() + "' " + errors.getFirst().message() + "."
                : errors.size() + " fields are invalid; see errors.";
    }
}
