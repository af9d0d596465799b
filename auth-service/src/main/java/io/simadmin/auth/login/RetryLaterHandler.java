package io.simadmin.auth.login;

import io.simadmin.web.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Renders {@link RetryLaterException} as problem+json with a Retry-After header (platform-web's handler sets none). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RetryLaterHandler {

    @ExceptionHandler(RetryLaterException.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLaterException ex, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        body.setType(ProblemTypes.uri(ex.slug()));
        body.setTitle(ex.title());
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
        body.setProperty("retryAt", ex.retryAt().toString());
        return ResponseEntity.status(ex.status()).header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
