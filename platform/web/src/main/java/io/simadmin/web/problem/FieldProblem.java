package io.simadmin.web.problem;

/** One invalid input: the field's JSON path (or parameter name) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
