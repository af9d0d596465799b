package io.simadmin.analytics.ingest;

import io.simadmin.events.order.DeliveryAssigned;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.order.OrderUpdated;

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

    static String describe(OrderUpdated event) {
        String fields = Activities.fieldList(event.changedFields());
        return order(event.orderNumber(), event.orderId()) + " updated" + (fields.isEmpty() ? "" : ": " + fields);
    }

    /** "Order ORD-2026-000123 handed to DHL, tracking 1Z999, expected 2026-12-01" (a courier is a company). */
    static String describe(DeliveryAssigned event) {
        String courier = event.courier() == null || event.courier().isBlank() ? "a courier" : event.courier().strip();
        String tracking = event.trackingNumber() == null || event.trackingNumber().isBlank() ? ""
                : ", tracking " + event.trackingNumber().strip();
        String expected = event.expectedDeliveryDate() == null ? "" : ", expected " + event.expectedDeliveryDate();
        return order(event.orderNumber(), event.orderId()) + " handed to " + courier + tracking + expected;
    }

    private static String order(String number, UUID id) {
        return "Order " + (number == null || number.isBlank() ? String.valueOf(id) : number);
    }
}
