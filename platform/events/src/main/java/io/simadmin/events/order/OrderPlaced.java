package io.simadmin.events.order;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was placed and waits for payment (app orders) or for the reseller's credit (reseller orders). The
 * saga starts here: reseller-service answers a reseller order with {@code ResellerCreditReserved} or
 * {@code ResellerCreditRejected}; payment-service charges an app order.
 *
 * @param source     {@value #APP} (a public user in the app) or {@value #RESELLER} (a reseller for a client)
 * @param userId     the public user of an app order, else null
 * @param resellerId the reseller of a reseller order, else null
 * @param clientId   the reseller's client the SIM is for, when the order names one
 * @param total      what the order costs in {@code currency}, computed by order-service; scale 2
 * @param paymentMethod how an app order is paid ({@code card}, {@code mobile_money}, {@code bank_transfer},
 *                      {@code cash_on_delivery}); {@code reseller_credit} for reseller orders
 * @param paymentToken  the gateway's reference to the buyer's payment instrument (a token, never card data);
 *                      when present payment-service charges at once, else the payment waits for
 *                      {@code POST /api/payments/process}
 */
public record OrderPlaced(UUID orderId, String orderNumber, String source, UUID userId, UUID resellerId,
                          UUID clientId, UUID planId, String planName, BigDecimal total, String currency,
                          String paymentMethod, String paymentToken,
                          Actor actor, Instant occurredAt) implements DomainEvent {

    public static final String APP = "app";
    public static final String RESELLER = "reseller";

    public boolean placedByReseller() {
        return RESELLER.equals(source);
    }

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
