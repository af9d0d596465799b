package io.simadmin.analytics.ingest;

import io.simadmin.events.Actor;
import io.simadmin.events.order.DeliveryAssigned;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentActivitiesTest {

    private static final UUID ORDER = UUID.fromString("01900000-0000-7000-8000-000000000011");
    private static final UUID RESELLER = UUID.fromString("01900000-0000-7000-8000-000000000012");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void a_completed_payment_says_how_it_was_paid_but_never_the_gateway_reference() {
        String line = PaymentActivities.describe(new PaymentCompleted(UUID.randomUUID(), "TXN-2026-000001", ORDER,
                "ORD-2026-000123", UUID.randomUUID(), null, new BigDecimal("30"), "USD", "mobile_money", "sandbox",
                "ch_secret_ref", Actor.system(), AT));

        assertThat(line).isEqualTo("Payment TXN-2026-000001 of 30.00 USD for order ORD-2026-000123 completed "
                + "(mobile money, sandbox)").doesNotContain("ch_secret_ref");
    }

    @Test
    void a_failed_payment_gives_the_reason_or_its_code_in_words() {
        assertThat(PaymentActivities.describe(new PaymentFailed(UUID.randomUUID(), null, ORDER, null, null,
                new BigDecimal("12.50"), null, "sandbox", PaymentFailed.INSUFFICIENT_FUNDS, null, Actor.system(), AT)))
                .isEqualTo("Payment of 12.50 for order " + ORDER + " failed: insufficient funds");
    }

    @Test
    void a_refund_says_whether_anything_of_the_payment_remains() {
        PaymentRefunded partial = new PaymentRefunded(UUID.randomUUID(), "TXN-2026-000002", UUID.randomUUID(), ORDER,
                "ORD-2026-000123", null, null, new BigDecimal("10.00"), new BigDecimal("15.00"), false, "USD",
                "faulty SIM", null, AT);
        PaymentRefunded full = new PaymentRefunded(UUID.randomUUID(), "TXN-2026-000003", UUID.randomUUID(), ORDER,
                "ORD-2026-000123", null, null, new BigDecimal("15.00"), new BigDecimal("30.00"), true, "USD", " ",
                null, AT);

        assertThat(PaymentActivities.describe(partial)).isEqualTo("Refund TXN-2026-000002 of 10.00 USD for order "
                + "ORD-2026-000123, 15.00 refunded so far: faulty SIM");
        assertThat(PaymentActivities.describe(full)).isEqualTo("Refund TXN-2026-000003 of 15.00 USD for order "
                + "ORD-2026-000123, payment fully refunded");
    }

    @Test
    void a_commission_names_its_reseller_and_order_as_analytics_knows_them() {
        CommissionAccrued event = new CommissionAccrued(ORDER, RESELLER, new BigDecimal("2.25"), "USD",
                Actor.system(), AT);

        assertThat(PaymentActivities.describe(event, "ORD-2026-000123", "Star SIM"))
                .isEqualTo("Commission of 2.25 USD accrued to Reseller Star SIM for order ORD-2026-000123");
        assertThat(PaymentActivities.describe(event, null, null))
                .isEqualTo("Commission of 2.25 USD accrued to Reseller " + RESELLER + " for order " + ORDER);
    }

    @Test
    void a_delivery_assignment_leaves_out_what_is_not_known() {
        assertThat(OrderActivities.describe(new DeliveryAssigned(ORDER, "ORD-2026-000123", "City Couriers", null,
                null, null, AT))).isEqualTo("Order ORD-2026-000123 handed to City Couriers");
    }
}
