package io.simadmin.reseller.credit;

import io.simadmin.reseller.resellers.ResellerRecords;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** A reseller with ledger entries has history: deleting it keeps the row (ADR 0005). */
@Component
class LedgerRecords implements ResellerRecords {

    private final CreditEntryRepository entries;

    LedgerRecords(CreditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public boolean referTo(UUID resellerId) {
        return entries.existsByResellerId(resellerId);
    }
}
