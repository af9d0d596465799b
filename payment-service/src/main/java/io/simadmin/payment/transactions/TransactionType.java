package io.simadmin.payment.transactions;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The seed's transaction types: a {@code payment} of an app order through a gateway, a {@code refund} of part or
 * all of one, a reseller's {@code commission} on a delivered order, and a {@code credit} booking of a reseller
 * order paid on the reseller's credit.
 */
public enum TransactionType {
    @JsonProperty("payment") PAYMENT,
    @JsonProperty("refund") REFUND,
    @JsonProperty("commission") COMMISSION,
    @JsonProperty("credit") CREDIT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TransactionType> fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equalsIgnoreCase(value.trim())).findFirst();
    }

    public static String allowed() {
        return "payment, refund, commission, credit";
    }
}
