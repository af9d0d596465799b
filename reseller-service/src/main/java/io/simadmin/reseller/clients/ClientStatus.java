package io.simadmin.reseller.clients;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A client is {@code active} (may order), {@code inactive} (the reseller paused it) or {@code suspended} (an admin
 * stopped it). A suspension is lifted by reactivating, never by quietly setting the client inactive.
 */
public enum ClientStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("inactive") INACTIVE,
    @JsonProperty("suspended") SUSPENDED;

    static final String PATTERN = "(?i)active|inactive|suspended";
    static final String MESSAGE = "must be one of active, inactive, suspended";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<ClientStatus> allowedNext() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(INACTIVE, SUSPENDED);
            case INACTIVE -> EnumSet.of(ACTIVE, SUSPENDED);
            case SUSPENDED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canMoveTo(ClientStatus next) {
        return allowedNext().contains(next);
    }

    public static Optional<ClientStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
