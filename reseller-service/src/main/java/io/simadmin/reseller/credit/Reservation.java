package io.simadmin.reseller.credit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/** What is held for one reseller order until it is cancelled. */
record Reservation(UUID orderId, UUID resellerId, UUID clientId, BigDecimal amount, YearMonth usageMonth,
                   boolean released) {
}
