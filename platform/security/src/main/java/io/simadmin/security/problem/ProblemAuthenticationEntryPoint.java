package io.simadmin.security.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * 401 as problem+json, with the RFC 6750 {@code WWW-Authenticate} header that clients and libraries look for.
 * Written here rather than by Spring's bearer entry point, which adds a {@code resource_metadata} URL built from
 * the service's own host: behind the gateway that is an internal address. Also the failure handler of the bearer
 * filter, so that a key-fetch outage answers 503 instead of escaping as a bare 500.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        if (SecurityProblems.isVerificationOutage(reason)) {
            log.warn("cannot verify access tokens: {}", reason.getMessage());
            SecurityProblems.write(SecurityProblems.signInUnavailable(request), response);
            return;
        }
        log.debug("unauthenticated {} {}: {}", request.getMethod(), request.getRequestURI(), reason.getMessage());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(reason));
        SecurityProblems.write(SecurityProblems.unauthenticated(reason, request), response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException reason) throws IOException {
        commence(request, response, reason);
    }

    static String challenge(AuthenticationException reason) {
        if (!(reason instanceof OAuth2AuthenticationException oauth)) {
            return "Bearer";
        }
        OAuth2Error error = oauth.getError();
        StringBuilder challenge = new StringBuilder("Bearer error=\"").append(quoted(error.getErrorCode())).append('"');
        if (error.getDescription() != null) {
            challenge.append(", error_description=\"").append(quoted(error.getDescription())).append('"');
        }
        return challenge.toString();
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
    }
}
