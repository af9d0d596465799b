package io.simadmin.analytics.resellers;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code reseller_stats}; {@code creditBalance} is null until the first credit event. */
public record ResellerStatsRow(long clientsCount, long ordersCount, BigDecimal creditBalance, Instant creditAt,
                               Instant lastActivityAt) {
}
