package io.simadmin.analytics.reports;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The figures of the reseller details screen, all from events. Money as decimal strings. */
public record ResellerSummary(
        UUID resellerId,
        @Schema(description = "as of the last reseller event; null if analytics has seen only its clients or orders")
        String businessName,
        @Schema(description = "pending, active or suspended; null if not known yet")
        String status,
        @Schema(description = "true once the reseller was deleted; its history stays")
        boolean removed,
        @Schema(description = "every client of the reseller, whatever its status")
        long clientsCount,
        long activeClients,
        @Schema(description = "orders the reseller placed for its clients, whatever their status since")
        long ordersCount,
        @Schema(description = "balanceAfter of the newest credit event (reservation, release or adjustment); "
                + "\"0.00\" before any", type = "string", example = "120.00")
        BigDecimal creditBalance,
        @Schema(description = "net revenue of all time: the credit reserved for the reseller's orders minus the "
                + "credit released when they were cancelled", type = "string", example = "1250.00")
        BigDecimal revenue,
        @Schema(description = "the newest event about the reseller, its clients, credit, orders, payments or tickets")
        Instant lastActivityAt,
        @Schema(description = "commission the reseller earned, all time (CommissionAccrued)", type = "string",
                example = "62.50")
        BigDecimal commission) {
}
