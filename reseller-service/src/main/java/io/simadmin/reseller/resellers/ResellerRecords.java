package io.simadmin.reseller.resellers;

import java.util.UUID;

/**
 * Rows of another feature of this service that refer to a reseller (its clients, its ledger). While any exist, the
 * reseller has history and deleting it keeps the row (ADR 0005).
 */
public interface ResellerRecords {

    boolean referTo(UUID resellerId);
}
