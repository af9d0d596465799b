package io.simadmin.analytics.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One money fact, keyed by the fact (the transaction or the order) rather than by the event that told it.
 *
 * @param amount positive; {@link #kind} says what it does to revenue
 */
public record MoneyMovement(String key, Kind kind, String source, UUID orderId, UUID resellerId, BigDecimal amount,
                            String currency, UUID eventId, Instant occurredAt) {

    public enum Kind {
        /** an app order's payment was captured: adds to revenue */
        PAYMENT("payment"),
        /** money of a payment went back: takes from revenue */
        REFUND("refund"),
        /** a reseller order was paid on the reseller's credit: adds to revenue */
        CREDIT_RESERVED("credit_reserved"),
        /** the credit of a cancelled reseller order went back: takes from revenue */
        CREDIT_RELEASED("credit_released"),
        /** a reseller earned commission: not revenue, reported beside it */
        COMMISSION("commission");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    public MoneyMovement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** What the movement adds to its day's sales. */
    public SalesDelta delta() {
        return switch (kind) {
            case PAYMENT, CREDIT_RESERVED -> SalesDelta.revenue(amount);
            case REFUND, CREDIT_RELEASED -> SalesDelta.refund(amount);
            case COMMISSION -> SalesDelta.commission(amount);
        };
    }
}
