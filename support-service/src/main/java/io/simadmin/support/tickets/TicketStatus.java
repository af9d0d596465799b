package io.simadmin.support.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket workflow: {@code open → in_progress → resolved → closed}. A resolved ticket may be reopened (to
 * {@code open}, or straight back to {@code in_progress} when someone keeps working on it) because customers answer
 * "it still does not work"; a closed ticket is final: a new problem is a new ticket.
 */
public enum TicketStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("in_progress") IN_PROGRESS,
    @JsonProperty("resolved") RESOLVED,
    @JsonProperty("closed") CLOSED;

    static final String VALUES = "open|in_progress|resolved|closed";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<TicketStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, OPEN, IN_PROGRESS);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus next) {
        return allowedNext().contains(next);
    }

    /** Resolved and closed tickets carry a {@code resolved_at}; the others do not. */
    boolean isResolved() {
        return this == RESOLVED || this == CLOSED;
    }

    public static Optional<TicketStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
