package io.simadmin.order.orders;

import io.simadmin.events.Actor;
import io.simadmin.events.order.DeliveryAssigned;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.order.OrderUpdated;

import java.time.Instant;
import java.util.List;

/** Builds the events that tell the suite what happened to an order. */
public final class OrderEvents {

    private OrderEvents() {
    }

    static OrderPlaced placed(SimOrder order, String paymentToken, Actor actor, Instant at) {
        return new OrderPlaced(order.id(), order.orderNumber(), order.orderType().source(), order.userId(),
                order.resellerId(), order.clientId(), order.planId(), order.planName(), order.totalAmount(),
                order.currency(), order.paymentMethod().value(), paymentToken, actor, at);
    }

    static OrderStatusChanged statusChanged(SimOrder order, OrderStatus from, String reason, Actor actor, Instant at) {
        return new OrderStatusChanged(order.id(), order.orderNumber(), from.value(), order.status().value(), reason,
                actor, at);
    }

    static OrderUpdated updated(SimOrder order, List<String> changedFields, Actor actor, Instant at) {
        return new OrderUpdated(order.id(), order.orderNumber(), changedFields, actor, at);
    }

    public static DeliveryAssigned deliveryAssigned(SimOrder order, Actor actor, Instant at) {
        return new DeliveryAssigned(order.id(), order.orderNumber(), order.courier(), order.deliveryTrackingNumber(),
                order.expectedDeliveryDate(), actor, at);
    }
}
