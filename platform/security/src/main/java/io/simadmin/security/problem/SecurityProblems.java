package io.simadmin.security.problem;

import io.simadmin.security.CurrentCaller;
import io.simadmin.web.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 401, 403 and 503 answers of the security layer as RFC 9457 problems, in the platform's shape (type, title,
 * status, detail, instance), with a detail that tells the caller what to do next.
 */
public final class SecurityProblems {

    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String SIGN_IN_UNAVAILABLE = "sign-in-unavailable";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecurityProblems() {
    }

    public static ProblemDetail unauthenticated(AuthenticationException reason, HttpServletRequest request) {
        String detail = reason instanceof InvalidBearerTokenException
                ? "Sign in again: your access token is expired, malformed or not issued for this API."
                : "Sign in first: this API needs an access token, sent as \"Authorization: Bearer <token>\".";
        return problem(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Authentication required", detail, request);
    }

    /** The issuer's keys could not be fetched: not the caller's fault, and worth a retry. */
    public static ProblemDetail signInUnavailable(HttpServletRequest request) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, SIGN_IN_UNAVAILABLE, "Sign-in cannot be checked right now",
                "Your access token cannot be verified at the moment because the sign-in service is unreachable; "
                        + "try again in a moment.", request);
    }

    public static ProblemDetail forbidden(Optional<CurrentCaller> caller, HttpServletRequest request) {
        String what = request.getMethod() + " " + request.getRequestURI();
        String roles = caller.map(c -> c.roles().stream().sorted().collect(Collectors.joining(", "))).orElse("");
        String detail = roles.isEmpty()
                ? "Your access token grants no role that may call " + what + ". Sign in with an account that has one."
                : "Your role (" + roles + ") may not call " + what
                        + ". Ask a super admin or admin to do it, or to give you a role that may.";
        return problem(HttpStatus.FORBIDDEN, FORBIDDEN, "Not allowed", detail, request);
    }

    /** For a non-MVC answer (filters): writes the problem as {@code application/problem+json}. */
    public static void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }

    static boolean isVerificationOutage(AuthenticationException reason) {
        return reason instanceof AuthenticationServiceException;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
                                         HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(slug));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
