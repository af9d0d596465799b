package io.simadmin.reseller.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One ledger line: how much the balance moved ({@code amount}, signed), where it ended ({@code balanceAfter}), for
 * which order, by whom ({@code actorType} admin|reseller|system and its id), why and when.
 */
public record LedgerEntryResponse(UUID id, UUID resellerId, EntryKind kind, BigDecimal amount,
                                  BigDecimal balanceAfter, UUID orderId, String actorType, String actorId,
                                  String reason, Instant createdAt) {

    static LedgerEntryResponse of(CreditEntry e) {
        return new LedgerEntryResponse(e.id(), e.resellerId(), e.kind(), e.amount(), e.balanceAfter(), e.orderId(),
                e.actorType(), e.actorId(), e.reason(), e.createdAt());
    }
}
