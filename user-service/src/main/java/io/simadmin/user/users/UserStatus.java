package io.simadmin.user.users;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A user starts {@code pending_verification}; staff activate or block them; a blocked user may be unblocked and an
 * active one blocked. Nothing goes back to pending: verification is not undone by a status change.
 */
public enum UserStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("blocked") BLOCKED,
    @JsonProperty("pending_verification") PENDING_VERIFICATION;

    static final String PATTERN = "(?i)active|blocked|pending_verification";
    static final String MESSAGE = "must be one of active, blocked, pending_verification";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<UserStatus> allowedNext() {
        return switch (this) {
            case PENDING_VERIFICATION -> EnumSet.of(ACTIVE, BLOCKED);
            case ACTIVE -> EnumSet.of(BLOCKED);
            case BLOCKED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canMoveTo(UserStatus next) {
        return allowedNext().contains(next);
    }

    public static Optional<UserStatus> fromValue(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
