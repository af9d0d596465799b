package io.simadmin.payment.transactions;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The seed's {@code Transaction}. Money facts never change once settled: only a pending transaction moves (to
 * completed, failed or cancelled); a refund is a transaction of its own that points at its payment.
 */
@Entity
@Table(name = "transactions")
public class Transaction extends AssignedIdEntity {

    @Id
    private UUID id;
    @Column(updatable = false)
    private String transactionNumber;
    // The column types are domains (V3) that hold the checks; validation matches them by name.
    @Column(updatable = false, columnDefinition = "transaction_type_value")
    private TransactionType type;
    @Column(columnDefinition = "transaction_status_value")
    private TransactionStatus status;
    @Column(updatable = false)
    private UUID orderId;
    private String orderNumber;
    @Column(updatable = false)
    private UUID userId;
    @Column(updatable = false)
    private UUID resellerId;
    @Column(updatable = false, columnDefinition = "positive_amount")
    private BigDecimal amount;
    @Column(updatable = false)
    private String currency;
    private String paymentMethod;
    private String gateway;
    private String gatewayTransactionId;
    // jsonb: the driver sends text, the cast makes PostgreSQL store it as JSON (and reject what is not JSON).
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String gatewayResponse;
    @Column(updatable = false)
    private UUID parentId;
    private String reason;
    private String failureCode;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    @Version
    private long version;

    protected Transaction() {
    }

    private Transaction(UUID id, String number, TransactionType type, TransactionStatus status, OrderRef order,
                        BigDecimal amount, String currency, String paymentMethod, UUID parentId, String reason,
                        Instant now) {
        this.id = id;
        this.transactionNumber = number;
        this.type = type;
        this.status = status;
        this.orderId = order.orderId();
        this.orderNumber = order.orderNumber();
        this.userId = order.userId();
        this.resellerId = order.resellerId();
        this.amount = amount;
        this.currency = currency;
        this.paymentMethod = paymentMethod;
        this.gatewayResponse = "{}";
        this.parentId = parentId;
        this.reason = reason;
        this.createdAt = now;
        this.updatedAt = now;
        if (status == TransactionStatus.COMPLETED) {
            this.completedAt = now;
        }
    }

    /** A payment of an app order, waiting to be charged. */
    public static Transaction pendingPayment(UUID id, String number, OrderRef order, BigDecimal amount,
                                            String currency, String paymentMethod, Instant now) {
        return new Transaction(id, number, TransactionType.PAYMENT, TransactionStatus.PENDING, order, amount,
                currency, paymentMethod, null, null, now);
    }

    /** Money going back from {@code payment}, waiting for the gateway. */
    public static Transaction pendingRefund(UUID id, String number, Transaction payment, BigDecimal amount,
                                            String reason, Instant now) {
        Transaction refund = new Transaction(id, number, TransactionType.REFUND, TransactionStatus.PENDING,
                payment.orderRef(), amount, payment.currency, payment.paymentMethod, payment.id, reason, now);
        refund.gateway = payment.gateway;
        return refund;
    }

    /** A reseller's commission on a delivered order: booked, no gateway involved. */
    public static Transaction commission(UUID id, String number, OrderRef order, BigDecimal amount, String currency,
                                         String reason, Instant now) {
        return new Transaction(id, number, TransactionType.COMMISSION, TransactionStatus.COMPLETED, order, amount,
                currency, "reseller_credit", null, reason, now);
    }

    /** A reseller order paid on the reseller's credit (reseller-service reserved it). */
    public static Transaction credit(UUID id, String number, OrderRef order, BigDecimal amount, String currency,
                                     Instant now) {
        return new Transaction(id, number, TransactionType.CREDIT, TransactionStatus.COMPLETED, order, amount,
                currency, "reseller_credit", null, null, now);
    }

    /** Which gateway is about to be asked, and with which method; the attempt is recorded alongside. */
    public void chargeWith(String gateway, String paymentMethod, Instant now) {
        requirePending();
        this.gateway = gateway;
        this.paymentMethod = paymentMethod;
        this.updatedAt = now;
    }

    public void complete(String gatewayReference, String response, Instant now) {
        requirePending();
        this.status = TransactionStatus.COMPLETED;
        this.gatewayTransactionId = gatewayReference;
        this.gatewayResponse = response;
        this.failureCode = null;
        this.completedAt = now;
        this.updatedAt = now;
    }

    public void fail(String failureCode, String reason, String gatewayReference, String response, Instant now) {
        requirePending();
        this.status = TransactionStatus.FAILED;
        this.failureCode = failureCode;
        if (this.type != TransactionType.REFUND || this.reason == null) {
            this.reason = reason;
        }
        this.gatewayTransactionId = gatewayReference;
        this.gatewayResponse = response;
        this.updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        requirePending();
        this.status = TransactionStatus.CANCELLED;
        this.reason = reason;
        this.updatedAt = now;
    }

    /** A completed credit booking whose reservation was released: the reseller owes nothing for the order. */
    public void release(String reason, Instant now) {
        if (type != TransactionType.CREDIT || status != TransactionStatus.COMPLETED) {
            throw new IllegalStateException("only a completed credit booking can be released, not a " + status + " "
                    + type);
        }
        this.status = TransactionStatus.CANCELLED;
        this.reason = reason;
        this.updatedAt = now;
    }

    private void requirePending() {
        if (status != TransactionStatus.PENDING) {
            throw new IllegalStateException("transaction " + transactionNumber + " is " + status.value()
                    + "; only a pending one changes");
        }
    }

    public OrderRef orderRef() {
        return new OrderRef(orderId, orderNumber, userId, resellerId);
    }

    @Override
    public UUID id() { return id; }
    public String transactionNumber() { return transactionNumber; }
    public TransactionType type() { return type; }
    public TransactionStatus status() { return status; }
    public UUID orderId() { return orderId; }
    public String orderNumber() { return orderNumber; }
    public UUID userId() { return userId; }
    public UUID resellerId() { return resellerId; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public String paymentMethod() { return paymentMethod; }
    public String gateway() { return gateway; }
    public String gatewayTransactionId() { return gatewayTransactionId; }
    public String gatewayResponse() { return gatewayResponse; }
    public UUID parentId() { return parentId; }
    public String reason() { return reason; }
    public String failureCode() { return failureCode; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant completedAt() { return completedAt; }
    public long version() { return version; }
}
