package io.simadmin.events.order;

import io.simadmin.events.Actor;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventJson;
import io.simadmin.events.Topics;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentRefunded;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReserved;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The order saga's contract as order-, payment- and reseller-service will read it. */
class OrderSagaEventsJsonTest {

    private static final UUID ORDER = UUID.fromString("01936d5e-0000-7000-8000-000000000010");
    private static final UUID RESELLER = UUID.fromString("01936d5e-0000-7000-8000-000000000020");
    private static final UUID CLIENT = UUID.fromString("01936d5e-0000-7000-8000-000000000030");
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123Z");

    @Test
    void round_trips_order_placed_with_the_total_as_a_decimal_string_and_no_helper_properties() {
        OrderPlaced placed = new OrderPlaced(ORDER, "ORD-2026-000123", OrderPlaced.RESELLER, null, RESELLER, CLIENT,
                UUID.randomUUID(), "Unlimited 30", new BigDecimal("30.00"), "EUR", "reseller_credit", null, Actor.system(), AT);

        String json = EventJson.write(placed);

        assertThat(json).contains("\"total\":\"30.00\"", "\"source\":\"reseller\"")
                .doesNotContain("placedByReseller", "aggregateId");
        assertThat(EventJson.read("order.placed.v1", json)).isEqualTo(placed);
        assertThat(placed.placedByReseller()).isTrue();
    }

    @Test
    void round_trips_a_cancellation() {
        OrderStatusChanged cancelled = new OrderStatusChanged(ORDER, "ORD-2026-000123", "pending", "cancelled",
                "customer withdrew", Actor.system(), AT);

        String json = EventJson.write(cancelled);

        assertThat(json).contains("\"from\":\"pending\"", "\"to\":\"cancelled\"").doesNotContain("cancels");
        assertThat(EventJson.read("order.status-changed.v1", json)).isEqualTo(cancelled);
        assertThat(cancelled.cancels()).isTrue();
    }

    @Test
    void puts_orders_payments_and_reseller_credit_on_their_topics() {
        assertThat(EventCatalog.of(OrderPlaced.class).topic()).isEqualTo(Topics.ORDERS).isEqualTo("simadmin.orders");
        assertThat(EventCatalog.of(OrderStatusChanged.class).topic()).isEqualTo(Topics.ORDERS);
        assertThat(EventCatalog.of(CommissionAccrued.class).topic()).isEqualTo(Topics.PAYMENTS)
                .isEqualTo("simadmin.payments");
        assertThat(EventCatalog.of(ResellerCreditReserved.class).topic()).isEqualTo(Topics.RESELLERS);
    }

    @Test
    void keys_credit_events_by_reseller_and_a_rejection_without_reseller_by_its_order() {
        ResellerCreditRejected rejected = new ResellerCreditRejected(null, ORDER, "ORD-1", null,
                new BigDecimal("1.00"), ResellerCreditRejected.RESELLER_NOT_FOUND, "no reseller", Actor.system(), AT);

        assertThat(rejected.aggregateId()).isEqualTo(ORDER.toString());
    }

    @Test
    void round_trips_payment_events_keyed_by_their_order() {
        UUID payment = UUID.fromString("01936d5e-0000-7000-8000-000000000040");
        PaymentCompleted completed = new PaymentCompleted(payment, "TXN-2026-000001", ORDER, "ORD-2026-000123",
                CLIENT, null, new BigDecimal("30.00"), "EUR", "card", "sandbox", "sbx_ch_1", Actor.system(), AT);
        PaymentRefunded refunded = new PaymentRefunded(UUID.randomUUID(), "TXN-2026-000002", payment, ORDER,
                "ORD-2026-000123", CLIENT, null, new BigDecimal("10.00"), new BigDecimal("10.00"), false, "EUR",
                "damaged SIM", Actor.system(), AT);

        assertThat(EventJson.read("payment.completed.v1", EventJson.write(completed))).isEqualTo(completed);
        assertThat(EventJson.write(refunded)).contains("\"refundedTotal\":\"10.00\"", "\"fullyRefunded\":false");
        assertThat(EventJson.read("payment.refunded.v1", EventJson.write(refunded))).isEqualTo(refunded);
        assertThat(completed.aggregateId()).isEqualTo(refunded.aggregateId()).isEqualTo(ORDER.toString());
        assertThat(EventCatalog.of(PaymentCompleted.class).topic()).isEqualTo(Topics.PAYMENTS);
    }
}
