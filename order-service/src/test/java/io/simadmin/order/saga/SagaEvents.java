package io.simadmin.order.saga;

import io.simadmin.events.Actor;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.messaging.outbox.UuidV7;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.UUID;

import static io.simadmin.order.Events.now;

/** The answers reseller-service and payment-service give to an order, built from the order as the API shows it. */
final class SagaEvents {

    private SagaEvents() {
    }

    static ResellerCreditReserved creditReserved(JsonNode order) {
        return new ResellerCreditReserved(uuid(order, "resellerId"), uuid(order, "id"), number(order),
                uuid(order, "clientId"), total(order), total(order), new BigDecimal("1000.00"), Actor.system(), now());
    }

    static ResellerCreditRejected creditRejected(JsonNode order) {
        return new ResellerCreditRejected(uuid(order, "resellerId"), uuid(order, "id"), number(order),
                uuid(order, "clientId"), total(order), ResellerCreditRejected.CREDIT_LIMIT_EXCEEDED,
                "The credit limit 50.00 would be exceeded: balance 40.00 + order " + total(order) + ".",
                Actor.system(), now());
    }

    static ResellerCreditReleased creditReleased(JsonNode order) {
        return new ResellerCreditReleased(uuid(order, "resellerId"), uuid(order, "id"), uuid(order, "clientId"),
                total(order), BigDecimal.ZERO.setScale(2), Actor.system(), now());
    }

    static PaymentCompleted paymentCompleted(JsonNode order) {
        return paymentCompleted(uuid(order, "id"), number(order), uuid(order, "userId"), total(order));
    }

    static PaymentCompleted paymentCompleted(UUID orderId, String number, UUID userId, BigDecimal amount) {
        return new PaymentCompleted(UuidV7.next(), "TXN-2026-000001", orderId, number, userId, null, amount, "USD",
                "card", "sandbox", "sb_ch_" + UUID.randomUUID(), Actor.system(), now());
    }

    static PaymentFailed paymentFailed(JsonNode order) {
        return new PaymentFailed(UuidV7.next(), "TXN-2026-000002", uuid(order, "id"), number(order),
                uuid(order, "userId"), total(order), "USD", "sandbox", PaymentFailed.CARD_DECLINED,
                "The card was declined by the issuer", Actor.system(), now());
    }

    static PaymentRefunded paymentRefunded(JsonNode order, String amount, boolean fully) {
        return new PaymentRefunded(UuidV7.next(), "TXN-2026-000003", UuidV7.next(), uuid(order, "id"), number(order),
                uuid(order, "userId"), null, new BigDecimal(amount), new BigDecimal(amount), fully, "USD",
                "Customer returned the SIM", Actor.system(), now());
    }

    private static UUID uuid(JsonNode order, String field) {
        JsonNode value = order.get(field);
        return value == null || value.isNull() ? null : UUID.fromString(value.asString());
    }

    private static String number(JsonNode order) {
        return order.get("orderNumber").asString();
    }

    private static BigDecimal total(JsonNode order) {
        return new BigDecimal(order.get("totalAmount").asString());
    }
}
