package io.simadmin.payment.gateways;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gateways are remote systems: a call inside a database transaction would hold its locks and connection for the
 * length of a network call, and would roll back our record of a charge the gateway still made.
 */
final class OutsideTransactions {

    private OutsideTransactions() {
    }

    static void require(String what) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(what + " must be called outside any database transaction");
        }
    }
}
