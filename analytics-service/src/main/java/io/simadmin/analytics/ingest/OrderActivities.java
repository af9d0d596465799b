package io.simadmin.analytics.ingest;

import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;

import java.util.UUID;

/** Feed lines about orders: "Order ORD-2026-000123 placed by Reseller Star SIM: 5 GB Monthly, 30.00 USD". */
final class OrderActivities {

    static final String SUBJECT_TYPE = "order";

    private OrderActivities() {
    }

    /** @param resellerName the reseller's name for a reseller order, as analytics knows it, or null */
    static String describe(OrderPlaced event, String resellerName) {
        String by = event.placedByReseller() && event.resellerId() != null
                ? " by " + Activities.named("Reseller", resellerName, event.resellerId())
                : " in the app";
        String plan = event.planName() == null || event.planName().isBlank() ? "" : event.planName().strip() + ", ";
        String total = event.total() == null ? "" : Activities.money(event.total())
                + (event.currency() == null ? "" : " " + event.currency());
        String what = (plan + total).replaceFirst(", $", "");
        return order(event.orderNumber(), event.orderId()) + " placed" + by + (what.isEmpty() ? "" : ": " + what);
    }

    static String describe(OrderStatusChanged event) {
        String status = Activities.lower(event.to());
        return order(event.orderNumber(), event.orderId()) + " " + (status.isEmpty() ? "changed" : Activities.words(status))
                + Activities.because(event.reason());
    }

    private static String order(String number, UUID id) {
        return "Order " + (number == null || number.isBlank() ? String.valueOf(id) : number);
    }
}
