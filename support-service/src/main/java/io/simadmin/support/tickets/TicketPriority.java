package io.simadmin.support.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The seed's priorities, lowest first. New tickets are {@code medium} unless the opener says otherwise. */
public enum TicketPriority {
    @JsonProperty("low") LOW,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH,
    @JsonProperty("urgent") URGENT;

    static final String VALUES = "low|medium|high|urgent";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TicketPriority> fromValue(String value) {
        return Arrays.stream(values()).filter(p -> p.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
