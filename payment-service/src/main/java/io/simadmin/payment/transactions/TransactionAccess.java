package io.simadmin.payment.transactions;

import io.simadmin.security.CurrentCaller;

import java.util.UUID;

/**
 * What the caller may see (ADR 0006, checked here and not only at the gateway): staff every transaction, a partner
 * only its own reseller's. Others' transactions answer 404 to a partner, as if they did not exist.
 *
 * @param ownReseller the partner's reseller, or null for staff
 */
public record TransactionAccess(UUID ownReseller) {

    public static TransactionAccess of(CurrentCaller caller) {
        return new TransactionAccess(caller.isPartner() ? caller.requireReseller() : null);
    }

    public static TransactionAccess staff() {
        return new TransactionAccess(null);
    }

    public boolean isPartner() {
        return ownReseller != null;
    }

    public boolean mayReach(UUID resellerId) {
        return ownReseller == null || ownReseller.equals(resellerId);
    }
}
