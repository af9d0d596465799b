package io.simadmin.events.payment;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A charge for an order did not go through; nothing was captured. order-service records the order's payment as
 * failed (the buyer may try again with another instrument).
 *
 * @param reasonCode stable, for programs: {@code card_declined}, {@code insufficient_funds},
 *                   {@code gateway_timeout}, {@code gateway_error}
 * @param reason     for people, e.g. "The card was declined by the issuer"
 */
public record PaymentFailed(UUID transactionId, String transactionNumber, UUID orderId, String orderNumber,
                            UUID userId, BigDecimal amount, String currency, String gateway, String reasonCode,
                            String reason, Actor actor, Instant occurredAt) implements DomainEvent {

    public static final String CARD_DECLINED = "card_declined";
    public static final String INSUFFICIENT_FUNDS = "insufficient_funds";
    public static final String GATEWAY_TIMEOUT = "gateway_timeout";
    public static final String GATEWAY_ERROR = "gateway_error";

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
