package io.simadmin.reseller.resellers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A reseller starts {@code pending} (an admin checks it), becomes {@code active}, and may be {@code suspended}
 * and reactivated. Nothing goes back to pending: once vetted, always vetted.
 */
public enum ResellerStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("suspended") SUSPENDED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<ResellerStatus> allowedNext() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACTIVE, SUSPENDED);
            case ACTIVE -> EnumSet.of(SUSPENDED);
            case SUSPENDED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canMoveTo(ResellerStatus next) {
        return allowedNext().contains(next);
    }

    public static Optional<ResellerStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
