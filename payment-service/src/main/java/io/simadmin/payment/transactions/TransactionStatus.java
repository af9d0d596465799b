package io.simadmin.payment.transactions;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code pending} until the gateway answered, then {@code completed} or {@code failed}; {@code cancelled} when the
 * order went away before any money moved (or a reseller's credit booking was released). Only pending moves.
 */
public enum TransactionStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("cancelled") CANCELLED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TransactionStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equalsIgnoreCase(value.trim())).findFirst();
    }

    public static String allowed() {
        return "pending, completed, failed, cancelled";
    }
}
