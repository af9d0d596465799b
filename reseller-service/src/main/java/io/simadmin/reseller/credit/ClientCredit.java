package io.simadmin.reseller.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A client's monthly spending as read under its row lock. */
record ClientCredit(UUID clientId, UUID resellerId, String status, BigDecimal monthlyLimit, BigDecimal usage,
                    LocalDate usageMonth) {

    boolean active() {
        return "active".equals(status);
    }

    /** Usage recorded for an earlier month no longer counts. */
    BigDecimal usageIn(YearMonth month) {
        return YearMonth.from(usageMonth).equals(month) ? usage : BigDecimal.ZERO.setScale(2);
    }

    /** A limit of 0 means the client has no limit of its own. */
    boolean exceedsLimit(YearMonth month, BigDecimal more) {
        return monthlyLimit.signum() > 0 && usageIn(month).add(more).compareTo(monthlyLimit) > 0;
    }
}
