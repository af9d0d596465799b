package io.simadmin.order.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an order is paid (the values of {@code OrderPlaced.paymentMethod}). App orders pay by card, mobile money, bank
 * transfer or cash on delivery; reseller orders always on the reseller's credit. Only card and mobile money take a
 * gateway token for an immediate charge.
 */
public enum PaymentMethod {
    @JsonProperty("card") CARD,
    @JsonProperty("mobile_money") MOBILE_MONEY,
    @JsonProperty("bank_transfer") BANK_TRANSFER,
    @JsonProperty("cash_on_delivery") CASH_ON_DELIVERY,
    @JsonProperty("reseller_credit") RESELLER_CREDIT;

    public static final String PATTERN = "(?i)card|mobile_money|bank_transfer|cash_on_delivery|reseller_credit";
    public static final String MESSAGE = "must be one of card, mobile_money, bank_transfer, cash_on_delivery, "
            + "reseller_credit";

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean takesToken() {
        return this == CARD || this == MOBILE_MONEY;
    }

    public static Optional<PaymentMethod> fromValue(String value) {
        return Arrays.stream(values()).filter(m -> m.value().equalsIgnoreCase(value.trim())).findFirst();
    }
}
