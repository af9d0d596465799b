package io.simadmin.order.orders;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.web.problem.ConflictException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one place an order's status moves, whoever moves it (staff, a partner, a bulk action, the saga): the move is
 * checked against the workflow, then the order, its history row and its {@code OrderStatusChanged} event are written
 * in the caller's transaction.
 */
@Component
public class OrderWorkflow {

    private final OrderRepository orders;
    private final StatusHistory history;
    private final Outbox outbox;

    OrderWorkflow(OrderRepository orders, StatusHistory history, Outbox outbox) {
        this.orders = orders;
        this.history = history;
        this.outbox = outbox;
    }

    /**
     * @param reason why (a cancellation's reason, a saga step); stored in the history and, for a cancellation, as
     *               the order's {@code cancelledReason}
     * @throws ConflictException 409 listing the allowed moves when the workflow does not allow this one
     */
    public void move(SimOrder order, OrderStatus next, String reason, Actor actor, Instant now) {
        OrderStatus from = order.status();
        if (!from.canMoveTo(next)) {
            throw invalidMove(order, next);
        }
        String note = StatusHistory.truncate(reason);
        order.moveTo(next, note, now);
        orders.saveAndFlush(order);
        history.record(order.id(), from, next, actor, note, now);
        outbox.append(OrderEvents.statusChanged(order, from, note, actor, now));
    }

    static ConflictException invalidMove(SimOrder order, OrderStatus to) {
        OrderStatus from = order.status();
        List<String> allowed = from.allowedValues();
        String options = allowed.isEmpty() ? "none; " + from.value() + " is final" : String.join(", ", allowed);
        return new ConflictException("invalid-status-change", "Status change not allowed",
                "A " + from.value() + " order cannot become " + to.value() + "; allowed: " + options + ".",
                Map.of("currentStatus", from.value(), "allowedStatuses", allowed));
    }
}
