package io.simadmin.order.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the order's money stands, as the saga reports it: {@code paid} when payment-service captured it (app orders)
 * or reseller-service reserved the reseller's credit for it (reseller orders), {@code failed} when the charge or the
 * credit was refused, {@code refunded} when it all went back.
 */
public enum PaymentStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("paid") PAID,
    @JsonProperty("failed") FAILED,
    @JsonProperty("refunded") REFUNDED;

    public static final String MESSAGE = "must be one of pending, paid, failed, refunded";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
