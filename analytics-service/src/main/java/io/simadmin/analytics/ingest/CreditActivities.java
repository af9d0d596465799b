package io.simadmin.analytics.ingest;

import io.simadmin.events.reseller.ResellerCreditAdjusted;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;

import java.util.UUID;

/** Feed lines about a reseller's credit: "Credit of 30.00 reserved for order ORD-2026-000123 of Reseller Star SIM". */
final class CreditActivities {

    static final String SUBJECT_TYPE = "reseller";

    private CreditActivities() {
    }

    static String describe(ResellerCreditReserved event, String resellerName) {
        return "Credit of " + Activities.money(event.amount()) + " reserved for "
                + order(event.orderNumber(), event.orderId()) + " of " + reseller(resellerName, event.resellerId());
    }

    static String describe(ResellerCreditRejected event, String resellerName) {
        String whose = event.resellerId() == null ? "" : " of " + reseller(resellerName, event.resellerId());
        String reason = event.reason() != null && !event.reason().isBlank() ? event.reason()
                : Activities.words(event.reasonCode());
        return "Credit of " + Activities.money(event.amount()) + " refused for "
                + order(event.orderNumber(), event.orderId()) + whose + Activities.because(reason);
    }

    /** @param orderNumber the order's number if analytics has seen the order, else null (the event has only its id) */
    static String describe(ResellerCreditReleased event, String orderNumber, String resellerName) {
        return "Credit of " + Activities.money(event.amount()) + " released from "
                + order(orderNumber, event.orderId()) + " of " + reseller(resellerName, event.resellerId());
    }

    static String describe(ResellerCreditAdjusted event, String resellerName) {
        String amount = event.amount() == null ? "?"
                : (event.amount().signum() > 0 ? "+" : "") + Activities.money(event.amount());
        return "Credit of " + reseller(resellerName, event.resellerId()) + " adjusted by " + amount
                + " to a balance of " + Activities.money(event.balanceAfter()) + Activities.because(event.reason());
    }

    private static String order(String orderNumber, UUID orderId) {
        return "order " + (orderNumber == null || orderNumber.isBlank() ? String.valueOf(orderId) : orderNumber);
    }

    private static String reseller(String name, UUID id) {
        return Activities.named("Reseller", name, id);
    }
}
