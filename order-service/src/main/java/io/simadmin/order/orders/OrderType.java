package io.simadmin.order.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.simadmin.events.order.OrderPlaced;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the SIM is for: a public user of the app ({@code app_user}, source {@code app}) or a reseller's client
 * ({@code reseller_client}, source {@code reseller}). The source is the name events and the orders list's
 * {@code ?source=} filter use.
 */
public enum OrderType {
    @JsonProperty("app_user") APP_USER(OrderPlaced.APP),
    @JsonProperty("reseller_client") RESELLER_CLIENT(OrderPlaced.RESELLER);

    public static final String PATTERN = "(?i)app_user|reseller_client";
    public static final String MESSAGE = "must be one of app_user, reseller_client";
    public static final String SOURCE_MESSAGE = "must be one of app, reseller";

    private final String source;

    OrderType(String source) {
        this.source = source;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String source() {
        return source;
    }

    public static Optional<OrderType> fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equalsIgnoreCase(value.trim())).findFirst();
    }

    public static Optional<OrderType> fromSource(String source) {
        return Arrays.stream(values()).filter(t -> t.source.equalsIgnoreCase(source.trim())).findFirst();
    }
}
