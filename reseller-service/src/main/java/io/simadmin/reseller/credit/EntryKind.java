package io.simadmin.reseller.credit;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a reseller's balance moved. Reservations raise it by an order's total, releases give a cancelled order's
 * reservation back, commissions lower it by what the reseller earned, adjustments are an admin's correction.
 */
public enum EntryKind {
    @JsonProperty("reservation") RESERVATION,
    @JsonProperty("release") RELEASE,
    @JsonProperty("commission") COMMISSION,
    @JsonProperty("adjustment") ADJUSTMENT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntryKind> fromValue(String value) {
        return Arrays.stream(values()).filter(k -> k.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
