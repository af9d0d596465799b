package io.simadmin.payment.saga;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What payment-service knows of an order from order-service's events.
 *
 * @param source null while only a status change was seen (OrderPlaced still to come)
 * @param total  null when OrderPlaced carried no usable amount
 */
public record KnownOrder(UUID orderId, String orderNumber, String source, UUID userId, UUID resellerId,
                         UUID clientId, String planName, BigDecimal total, String currency, String paymentMethod,
                         Instant placedAt, String status, Instant cancelledAt, Instant deliveredAt,
                         String commissionState) {

    public static final String APP = "app";
    public static final String RESELLER = "reseller";

    public boolean placed() {
        return source != null;
    }

    public boolean app() {
        return APP.equals(source);
    }

    public boolean reseller() {
        return RESELLER.equals(source);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean delivered() {
        return deliveredAt != null;
    }
}
