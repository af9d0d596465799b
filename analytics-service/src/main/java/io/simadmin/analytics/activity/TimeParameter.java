package io.simadmin.analytics.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code from}/{@code to} query parameter given as an instant ({@code 2026-01-31T12:00:00Z}) or, as
 * people type it, a day ({@code 2026-01-31}, in UTC). A day as the upper bound includes that whole day.
 */
final class TimeParameter {

    static final String EXPECTED = "must be a date (2026-01-31) or an ISO-8601 instant (2026-01-31T12:00:00Z)";

    private TimeParameter() {
    }

    /** @throws DateTimeParseException when the value is neither form */
    static Instant lowerBound(String value) {
        return parse(value, false);
    }

    /** @throws DateTimeParseException when the value is neither form */
    static Instant upperBound(String value) {
        return parse(value, true);
    }

    private static Instant parse(String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() == 10) {
            LocalDate day = LocalDate.parse(trimmed);
            return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(trimmed);
    }
}
