package io.simadmin.order.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An order moves only along {@code pending → confirmed → dispatched → delivered → activated}, or to
 * {@code cancelled} from pending, confirmed or dispatched (ARCHITECTURE.md, order saga). Activated and cancelled
 * are final.
 */
public enum OrderStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("confirmed") CONFIRMED,
    @JsonProperty("dispatched") DISPATCHED,
    @JsonProperty("delivered") DELIVERED,
    @JsonProperty("activated") ACTIVATED,
    @JsonProperty("cancelled") CANCELLED;

    public static final String PATTERN = "(?i)pending|confirmed|dispatched|delivered|activated|cancelled";
    public static final String MESSAGE = "must be one of pending, confirmed, dispatched, delivered, activated, cancelled";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<OrderStatus> allowedNext() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(DISPATCHED, CANCELLED);
            case DISPATCHED -> EnumSet.of(DELIVERED, CANCELLED);
            case DELIVERED -> EnumSet.of(ACTIVATED);
            case ACTIVATED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus next) {
        return allowedNext().contains(next);
    }

    /** The API values of the allowed next statuses, in workflow order. */
    public List<String> allowedValues() {
        return allowedNext().stream().map(OrderStatus::value).toList();
    }

    public static Optional<OrderStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
