package io.simadmin.auth.login;

import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;

/** 423 (account locked) or 429 (too many requests): try again after {@code retryAfter}; answered with Retry-After. */
public class RetryLaterException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Duration retryAfter;
    private final Instant retryAt;

    public RetryLaterException(HttpStatus status, String slug, String title, String detail, Duration retryAfter,
                               Instant retryAt) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfter = retryAfter;
        this.retryAt = retryAt;
    }

    public HttpStatus status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public Duration retryAfter() { return retryAfter; }
    public Instant retryAt() { return retryAt; }

    /** Whole seconds, at least 1: what the Retry-After header says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
