package io.simadmin.payment.transactions;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A transaction as the API shows it.
 *
 * @param gatewayResponse what the gateway answered, reduced to non-secret fields (never card data)
 * @param parentId        for a refund: the payment it refunds
 * @param refundedAmount  for a payment: what completed refunds gave back so far; null for other types
 */
public record TransactionResponse(UUID id, String transactionNumber, TransactionType type, TransactionStatus status,
                                  UUID orderId, String orderNumber, UUID userId, UUID resellerId, BigDecimal amount,
                                  String currency, String paymentMethod, String gateway, String gatewayTransactionId,
                                  @JsonRawValue @Schema(type = "object", description = "the gateway's answer, "
                                          + "without secrets or card data") String gatewayResponse,
                                  UUID parentId, String reason, String failureCode, BigDecimal refundedAmount,
                                  Instant createdAt, Instant updatedAt, Instant completedAt, long version) {

    public static TransactionResponse of(Transaction t, BigDecimal refundedAmount) {
        return new TransactionResponse(t.id(), t.transactionNumber(), t.type(), t.status(), t.orderId(),
                t.orderNumber(), t.userId(), t.resellerId(), t.amount(), t.currency(), t.paymentMethod(), t.gateway(),
                t.gatewayTransactionId(), t.gatewayResponse() == null ? "{}" : t.gatewayResponse(), t.parentId(),
                t.reason(), t.failureCode(), t.type() == TransactionType.PAYMENT ? refundedAmount : null,
                t.createdAt(), t.updatedAt(), t.completedAt(), t.version());
    }
}
