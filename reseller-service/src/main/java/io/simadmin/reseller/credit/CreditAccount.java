package io.simadmin.reseller.credit;

import java.math.BigDecimal;
import java.util.UUID;

/** A reseller's credit as read under its row lock. */
record CreditAccount(UUID resellerId, String status, BigDecimal creditLimit, BigDecimal balance, boolean deleted) {

    boolean active() {
        return !deleted && "active".equals(status);
    }

    /** What is left to reserve; negative when an admin lowered the limit below the balance. */
    BigDecimal available() {
        return creditLimit.subtract(balance);
    }
}
