package io.simadmin.analytics.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the API shows it: two decimals, "0.00" for nothing (a sum over no rows is null, and 0 prints as "0"). */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
