package io.simadmin.analytics.ingest;

import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.Resellers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reseller orders are paid on credit: the reservation is revenue, the release of a cancelled order's its reversal. */
class ResellerRevenueIntegrationTest extends EventsTestBase {

    @Test
    void reserved_credit_is_reseller_revenue_and_its_release_takes_it_back() {
        Resellers star = registered("Revenue SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        Orders order = Orders.any();
        awaitActivity("order", order.id(), publisher.viaOutbox(order.placedByReseller(acme, now())));
        DashboardMetrics before = api.metrics();

        UUID reserved = publisher.viaOutbox(star.creditReserved(order, "30.00", "30.00", now().plusSeconds(1)));
        awaitProcessed(CreditRevenueProjection.CONSUMER, reserved);

        assertThat(api.resellerSummary(star.id()).revenue()).isEqualByComparingTo("30.00");
        DashboardMetrics reservedMetrics = api.metrics();
        assertThat(reservedMetrics.revenueThisMonth())
                .isEqualByComparingTo(before.revenueThisMonth().add(new BigDecimal("30.00")));
        assertThat(reservedMetrics.revenueThisMonthBySource().reseller())
                .isEqualByComparingTo(before.revenueThisMonthBySource().reseller().add(new BigDecimal("30.00")));
        assertThat(reservedMetrics.revenueThisMonthBySource().app())
                .isEqualByComparingTo(before.revenueThisMonthBySource().app());

        UUID released = publisher.viaOutbox(star.creditReleased(order, "30.00", "0.00", now().plusSeconds(2)));
        awaitProcessed(CreditRevenueProjection.CONSUMER, released);

        assertThat(api.resellerSummary(star.id()).revenue()).isEqualByComparingTo("0.00");
        assertThat(api.metrics().revenueThisMonth()).isEqualByComparingTo(before.revenueThisMonth());
        // The balance and the feed lines of the same events are still the credit projection's.
        assertThat(api.resellerSummary(star.id()).creditBalance()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_reservation_told_twice_counts_once() {
        Resellers star = registered("Twice SIM");
        Orders order = Orders.any();
        UUID eventId = UUID.randomUUID();

        publisher.raw(eventId, star.creditReserved(order, "45.00", "45.00", now()));
        publisher.raw(eventId, star.creditReserved(order, "45.00", "45.00", now()));
        UUID retold = UUID.randomUUID();
        publisher.raw(retold, star.creditReserved(order, "45.00", "45.00", now()));
        awaitProcessed(CreditRevenueProjection.CONSUMER, retold);

        assertThat(api.resellerSummary(star.id()).revenue()).isEqualByComparingTo("45.00");
        assertThat(processedCount(CreditRevenueProjection.CONSUMER, eventId)).isEqualTo(1);
    }

    private Resellers registered(String name) {
        Resellers reseller = Resellers.any(name);
        awaitActivity("reseller", reseller.id(), publisher.viaOutbox(reseller.registered("active", now())));
        return reseller;
    }
}
