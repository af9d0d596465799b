package io.simadmin.security.problem;

import io.simadmin.security.CurrentCaller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code @PreAuthorize} denials and {@link CurrentCaller} checks throw inside the controller call, where
 * platform-web's catch-all would turn them into a 500. This advice goes first and answers them as the filter
 * chain would: 403 (or 401 without a caller) as problem+json.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessDeniedAdvice {

    private static final String INSUFFICIENT_SCOPE = "Bearer error=\"insufficient_scope\", "
            + "error_description=\"The request requires higher privileges than provided by the access token.\"";

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException denied, HttpServletRequest request) {
        var caller = CurrentCaller.current();
        if (caller.isEmpty()) {
            return unauthenticated(null, request);
        }
        ProblemDetail problem = SecurityProblems.forbidden(caller, request);
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.WWW_AUTHENTICATE, INSUFFICIENT_SCOPE)
                .body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException reason, HttpServletRequest request) {
        ProblemDetail problem = SecurityProblems.unauthenticated(reason, request);
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(problem);
    }
}
