package io.simadmin.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders every error of a servlet service as RFC 9457 {@code application/problem+json}: the framework's
 * own (404, 405, 406, 415, missing parameters) through the base class, ours through {@link ApiException},
 * validation with an {@code errors} list, and anything unexpected as a 500 that tells nothing internal.
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        body.setType(ProblemTypes.uri(ex.slug()));
        body.setTitle(ex.title());
        ex.properties().forEach(body::setProperty);
        return handleExceptionInternal(ex, body, new HttpHeaders(), ex.status(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_CHANGE, "Changed by someone else",
                "This record was changed after you loaded it. Reload it, then apply your change again.");
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataConflict(DataIntegrityViolationException ex, WebRequest request) {
        // The SQL text may name tables and values: log it, never return it.
        log.warn("data integrity violation on {}: {}", path(request), ex.getMostSpecificCause().getMessage());
        ProblemDetail body = problem(HttpStatus.CONFLICT, ProblemTypes.DATA_CONFLICT, "Conflicts with existing data",
                "The change conflicts with data that already exists.");
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return handleApi(new InvalidRequestException(errors), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("unexpected error on {}", path(request), ex);
        ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Unexpected error",
                "Something went wrong on our side. Try again; if it keeps happening, tell support the request id.");
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return handleApi(new InvalidRequestException(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
                .toList();
        return handleApi(new InvalidRequestException(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        String expected = ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "another type";
        return handleApi(new InvalidRequestException(field, "must be a valid " + readable(expected)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        UnreadableBody reason = UnreadableBody.explain(ex);
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST,
                reason.field() == null ? ProblemTypes.UNREADABLE : ProblemTypes.VALIDATION,
                reason.field() == null ? "Unreadable request body" : "Invalid request", reason.detail());
        if (reason.field() != null) {
            body.setProperty("errors", List.of(new FieldProblem(reason.field(), reason.message())));
        }
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Every problem leaves here: fills {@code instance} and keeps framework problems in the same shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null) {
                problem.setInstance(java.net.URI.create(path(request)));
            }
            if (problem.getTitle() == null) {
                HttpStatus resolved = HttpStatus.resolve(statusCode.value());
                problem.setTitle(resolved != null ? resolved.getReasonPhrase() : "Error");
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(ProblemTypes.uri(slug));
        body.setTitle(title);
        return body;
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter";
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String readable(String typeName) {
        return Map.of("UUID", "id (UUID)", "Integer", "whole number", "Long", "whole number", "BigDecimal",
                "decimal number", "LocalDate", "date (YYYY-MM-DD)", "Instant", "ISO-8601 instant").getOrDefault(typeName,
                typeName.toLowerCase());
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI();
        }
        if (request instanceof NativeWebRequest nat && nat.getNativeRequest() instanceof HttpServletRequest http) {
            return http.getRequestURI();
        }
        return "";
    }
}
