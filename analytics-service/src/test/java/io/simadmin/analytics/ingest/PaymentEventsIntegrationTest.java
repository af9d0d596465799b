package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.reports.ResellerSummary;
import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.Payments;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.events.EventEnvelope;
import io.simadmin.test.TestEvents;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * payment-service's events, published as its relay would (platform-test's TestEvents), into revenue and the feed.
 * Payments made "now" fall into today and this month unless the test runs across midnight UTC.
 */
class PaymentEventsIntegrationTest extends EventsTestBase {

    @Test
    void a_completed_payment_is_app_revenue_of_today_and_this_month_and_a_feed_line() {
        Orders order = Orders.any();
        Payments payment = Payments.of(order);
        DashboardMetrics before = api.metrics();

        UUID completed = fromPaymentService(payment.completed("30.00", now()));

        Activity line = awaitActivity("order", order.id(), completed);
        assertThat(line.description()).isEqualTo("Payment " + payment.transactionNumber() + " of 30.00 USD for order "
                + order.number() + " completed (card, sandbox)");
        assertThat(line.action()).isEqualTo("payment.completed");
        assertThat(line.userType()).isEqualTo("system");
        DashboardMetrics after = api.metrics();
        assertThat(after.revenueThisMonth()).isEqualByComparingTo(plus(before.revenueThisMonth(), "30.00"));
        assertThat(after.revenueToday()).isEqualByComparingTo(plus(before.revenueToday(), "30.00"));
        assertThat(after.revenueThisMonthBySource().app())
                .isEqualByComparingTo(plus(before.revenueThisMonthBySource().app(), "30.00"));
        assertThat(after.revenueThisMonthBySource().reseller())
                .isEqualByComparingTo(before.revenueThisMonthBySource().reseller());
        assertThat(after.revenueThisMonth().scale()).isEqualTo(2);
    }

    @Test
    void a_refund_takes_what_went_back_from_revenue() {
        Orders order = Orders.any();
        Payments payment = Payments.of(order);
        awaitActivity("order", order.id(), fromPaymentService(payment.completed("50.00", now())));
        BigDecimal before = api.metrics().revenueThisMonth();

        UUID partial = fromPaymentService(payment.refunded("20.00", "20.00", false, "one SIM was faulty",
                now().plusSeconds(1)));
        assertThat(awaitActivity("order", order.id(), partial).description()).matches("Refund TXN-2026-\\d{6} of "
                + "20\\.00 USD for order " + order.number() + ", 20\\.00 refunded so far: one SIM was faulty");
        UUID rest = fromPaymentService(payment.refunded("30.00", "50.00", true, null, now().plusSeconds(2)));
        assertThat(awaitActivity("order", order.id(), rest).description())
                .endsWith(" of 30.00 USD for order " + order.number() + ", payment fully refunded");

        assertThat(api.metrics().revenueThisMonth()).isEqualByComparingTo(before.subtract(new BigDecimal("50.00")));
    }

    @Test
    void a_duplicate_payment_changes_nothing_under_the_same_or_a_new_event_id() {
        Orders order = Orders.any();
        Payments payment = Payments.of(order);
        BigDecimal before = api.metrics().revenueThisMonth();
        EventEnvelope envelope = TestEvents.envelope(payment.completed("40.00", now()), "/payment-service");

        TestEvents.publish(envelope);
        TestEvents.publish(envelope);
        // The same payment told again under a new event id (a producer's replay) is the same money.
        UUID retold = fromPaymentService(payment.completed("40.00", now()));

        awaitActivity("order", order.id(), envelope.id());
        awaitActivity("order", order.id(), retold);
        assertThat(api.metrics().revenueThisMonth()).isEqualByComparingTo(plus(before, "40.00"));
        assertThat(processedCount(PaymentProjection.CONSUMER, envelope.id())).isEqualTo(1);
        assertThat(api.activitiesAbout("order", order.id())).extracting(Activity::eventId)
                .containsOnlyOnce(envelope.id());
    }

    @Test
    void a_failed_payment_is_a_feed_line_and_no_revenue() {
        Orders order = Orders.any();
        Payments payment = Payments.of(order);
        BigDecimal before = api.metrics().revenueThisMonth();

        UUID failed = fromPaymentService(payment.failed("25.00", now()));

        assertThat(awaitActivity("order", order.id(), failed).description()).isEqualTo("Payment "
                + payment.transactionNumber() + " of 25.00 USD for order " + order.number()
                + " failed: The card was declined by the issuer");
        assertThat(api.metrics().revenueThisMonth()).isEqualByComparingTo(before);
    }

    @Test
    void a_commission_counts_for_its_reseller_and_is_not_revenue() {
        Resellers star = registered("Commission SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        Orders order = Orders.any();
        awaitActivity("order", order.id(), publisher.viaOutbox(order.placedByReseller(acme, now())));
        BigDecimal before = api.metrics().revenueThisMonth();

        UUID accrued = fromPaymentService(Payments.commission(order, star.id(), "1.50", now().plusSeconds(1)));
        UUID again = fromPaymentService(Payments.commission(order, star.id(), "1.50", now().plusSeconds(2)));

        assertThat(awaitActivity("reseller", star.id(), accrued).description())
                .isEqualTo("Commission of 1.50 USD accrued to Reseller Commission SIM for order " + order.number());
        awaitActivity("reseller", star.id(), again);
        ResellerSummary summary = api.resellerSummary(star.id());
        assertThat(summary.commission()).isEqualByComparingTo("1.50");
        assertThat(summary.revenue()).isEqualByComparingTo("0.00");
        assertThat(api.metrics().revenueThisMonth()).isEqualByComparingTo(before);
    }

    @Test
    void a_payment_naming_a_reseller_is_not_counted_again_beside_its_credit() {
        Resellers star = registered("Card SIM");
        Orders order = Orders.any();
        BigDecimal before = api.metrics().revenueThisMonth();

        UUID completed = fromPaymentService(Payments.of(order).completedForReseller(star.id(), "30.00", now()));

        awaitActivity("order", order.id(), completed);
        assertThat(api.metrics().revenueThisMonth()).isEqualByComparingTo(before);
    }

    private Resellers registered(String name) {
        Resellers reseller = Resellers.any(name);
        awaitActivity("reseller", reseller.id(), publisher.viaOutbox(reseller.registered("active", now())));
        return reseller;
    }

    private static BigDecimal plus(BigDecimal value, String amount) {
        return value.add(new BigDecimal(amount));
    }
}
