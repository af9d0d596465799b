package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.Resellers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * These events are what order-service publishes (the contract in platform/events).
 * Orders placed "now" fall into today and this month unless the test runs across midnight UTC.
 */
class OrderEventsIntegrationTest extends EventsTestBase {

    @Test
    void placed_orders_count_today_and_this_month_by_source() {
        Resellers star = registered("Orders SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        DashboardMetrics before = api.metrics();
        Orders app = Orders.any();
        Orders reseller = Orders.any();

        UUID appPlaced = publisher.viaOutbox(app.placedInApp(UUID.randomUUID(), now()));
        UUID resellerPlaced = publisher.viaOutbox(reseller.placedByReseller(acme, now()));

        Activity appLine = awaitActivity("order", app.id(), appPlaced);
        assertThat(appLine.description()).isEqualTo("Order " + app.number() + " placed in the app: 5 GB Monthly, 30.00 USD");
        assertThat(appLine.userType()).isEqualTo("public_user");
        assertThat(awaitActivity("order", reseller.id(), resellerPlaced).description())
                .isEqualTo("Order " + reseller.number() + " placed by Reseller Orders SIM: 5 GB Monthly, 30.00 USD");
        DashboardMetrics after = api.metrics();
        assertThat(after.ordersToday()).isEqualTo(before.ordersToday() + 2);
        assertThat(after.ordersThisMonth()).isEqualTo(before.ordersThisMonth() + 2);
        assertThat(after.ordersTodayBySource().app()).isEqualTo(before.ordersTodayBySource().app() + 1);
        assertThat(after.ordersTodayBySource().reseller()).isEqualTo(before.ordersTodayBySource().reseller() + 1);
        assertThat(after.ordersThisMonthBySource().reseller())
                .isEqualTo(before.ordersThisMonthBySource().reseller() + 1);
        // Placing is not paying: revenue moves with payments and credit, not orders.
        assertThat(after.revenueThisMonth()).isEqualByComparingTo(before.revenueThisMonth());
        assertThat(api.resellerSummary(star.id()).ordersCount()).isEqualTo(1);
    }

    @Test
    void an_order_placed_last_year_counts_neither_today_nor_this_month() {
        DashboardMetrics before = api.metrics();
        Orders old = Orders.any();
        Instant lastYear = now().minus(400, ChronoUnit.DAYS);

        UUID placed = publisher.viaOutbox(old.placedInApp(UUID.randomUUID(), lastYear));

        awaitActivity("order", old.id(), placed);
        DashboardMetrics after = api.metrics();
        assertThat(after.ordersToday()).isEqualTo(before.ordersToday());
        assertThat(after.ordersThisMonth()).isEqualTo(before.ordersThisMonth());
    }

    @Test
    void a_duplicate_placement_counts_once_and_a_cancellation_does_not_uncount() {
        Resellers star = registered("Dup Orders SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        Orders order = Orders.any();
        long before = api.metrics().ordersToday();
        UUID eventId = UUID.randomUUID();

        publisher.raw(eventId, order.placedByReseller(acme, now()));
        publisher.raw(eventId, order.placedByReseller(acme, now()));
        UUID cancelled = UUID.randomUUID();
        publisher.raw(cancelled, order.statusChanged("pending", "cancelled", "client changed their mind",
                now().plusSeconds(1)));

        assertThat(awaitActivity("order", order.id(), cancelled).description())
                .isEqualTo("Order " + order.number() + " cancelled: client changed their mind");
        assertThat(api.metrics().ordersToday()).isEqualTo(before + 1);
        assertThat(api.resellerSummary(star.id()).ordersCount()).isEqualTo(1);
        assertThat(processedCount(OrderProjection.CONSUMER, eventId)).isEqualTo(1);
    }

    @Test
    void an_update_and_a_delivery_assignment_are_feed_lines_about_the_order() {
        Orders order = Orders.any();
        awaitActivity("order", order.id(), publisher.viaOutbox(order.placedInApp(UUID.randomUUID(), now())));

        UUID updated = publisher.viaOutbox(order.updated(now().plusSeconds(1), "deliveryAddress", "notes"));
        UUID assigned = publisher.viaOutbox(order.deliveryAssigned("DHL", "1Z999", LocalDate.of(2026, 12, 1),
                now().plusSeconds(2)));

        Activity update = awaitActivity("order", order.id(), updated);
        assertThat(update.description()).isEqualTo("Order " + order.number() + " updated: delivery address, notes");
        assertThat(update.action()).isEqualTo("order.updated");
        Activity delivery = awaitActivity("order", order.id(), assigned);
        assertThat(delivery.description())
                .isEqualTo("Order " + order.number() + " handed to DHL, tracking 1Z999, expected 2026-12-01");
        assertThat(delivery.action()).isEqualTo("order.delivery-assigned");
        assertThat(delivery.userType()).isEqualTo("admin");
    }

    private Resellers registered(String name) {
        Resellers reseller = Resellers.any(name);
        awaitActivity("reseller", reseller.id(), publisher.viaOutbox(reseller.registered("active", now())));
        return reseller;
    }
}
