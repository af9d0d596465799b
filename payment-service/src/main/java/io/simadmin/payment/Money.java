package io.simadmin.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Amounts as the database keeps them: numeric(12,2). */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** numeric(12,2) holds up to 10 digits before the point. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Money() {
    }

    /** The amount at scale 2, or empty when it is null, has more than 2 decimals or does not fit the column. */
    public static Optional<BigDecimal> exact(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            BigDecimal scaled = value.setScale(2, RoundingMode.UNNECESSARY);
            return scaled.abs().compareTo(MAX) > 0 ? Optional.empty() : Optional.of(scaled);
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    public static String currency(String value) {
        return value == null || value.isBlank() ? "USD" : value.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
