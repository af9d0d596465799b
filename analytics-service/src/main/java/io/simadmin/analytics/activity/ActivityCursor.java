package io.simadmin.analytics.activity;

import io.simadmin.web.problem.InvalidRequestException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where an older page of the feed starts: strictly before an activity (its id, taken from the last line the
 * client has) or before an instant. An id is exact even when many activities share one timestamp.
 */
public sealed interface ActivityCursor {

    record BeforeActivity(long id) implements ActivityCursor {
    }

    record BeforeTime(Instant time) implements ActivityCursor {
    }

    /** @return {@code null} for no cursor (the newest activities) */
    static ActivityCursor parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return new BeforeActivity(Long.parseLong(trimmed));
            } catch (NumberFormatException tooLong) {
                throw invalid(parameter);
            }
        }
        try {
            return new BeforeTime(Instant.parse(trimmed));
        } catch (DateTimeParseException e) {
            throw invalid(parameter);
        }
    }

    private static InvalidRequestException invalid(String parameter) {
        return new InvalidRequestException(parameter,
                "must be an activity id or an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
}
