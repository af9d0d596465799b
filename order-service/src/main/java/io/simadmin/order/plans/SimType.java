package io.simadmin.order.plans;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A plastic SIM card that a courier brings, or an eSIM profile delivered electronically. */
public enum SimType {
    @JsonProperty("physical") PHYSICAL,
    @JsonProperty("esim") ESIM;

    public static final String PATTERN = "(?i)physical|esim";
    public static final String MESSAGE = "must be one of physical, esim";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SimType> fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equalsIgnoreCase(value.trim())).findFirst();
    }

    /** The SIM type a column holds; the columns' check constraints admit only known values. */
    public static SimType fromStored(String value) {
        return fromValue(value).orElseThrow(() -> new IllegalStateException("unknown SIM type in database: " + value));
    }
}
