package io.simadmin.order.delivery;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.order.orders.BulkResponse;
import io.simadmin.order.orders.BulkRunner;
import io.simadmin.order.orders.OrderEvents;
import io.simadmin.order.orders.OrderRepository;
import io.simadmin.order.orders.OrderResponse;
import io.simadmin.order.orders.OrderStatus;
import io.simadmin.order.orders.SimOrder;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Hands orders to a courier or delivery partner. An order can be assigned (or reassigned) while it is pending,
 * confirmed or dispatched; assigning does not move its status (dispatching is a status change of its own).
 */
@Service
public class DeliveryService {

    private final OrderRepository orders;
    private final BulkRunner bulk;
    private final Outbox outbox;
    private final Clock clock;

    DeliveryService(OrderRepository orders, BulkRunner bulk, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.bulk = bulk;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public OrderResponse assign(UUID id, DeliveryRequest request, Long ifMatch, Actor actor) {
        checkDate("expectedDeliveryDate", request.expectedDeliveryDate());
        SimOrder order = orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
        Versions.check("order", order.version(), ifMatch, request.version());
        apply(order, request.courier(), request.trackingNumber(), request.expectedDeliveryDate(), actor);
        return OrderResponse.of(order);
    }

    /** Each item on its own; an item with a date in the past is refused alone, like any other refusal. */
    public BulkResponse assignAll(BulkDeliveryRequest request, Actor actor) {
        Map<UUID, BulkDeliveryItem> byOrder = new LinkedHashMap<>();
        for (BulkDeliveryItem item : request.items()) {
            if (byOrder.putIfAbsent(item.orderId(), item) != null) {
                throw new InvalidRequestException("items", "names order " + item.orderId() + " more than once");
            }
        }
        return bulk.run(List.copyOf(byOrder.keySet()), order -> {
            BulkDeliveryItem item = byOrder.get(order.id());
            checkDate("expectedDeliveryDate", item.expectedDeliveryDate());
            apply(order, item.courier(), item.trackingNumber(), item.expectedDeliveryDate(), actor);
            return order;
        });
    }

    private void apply(SimOrder order, String courier, String trackingNumber, LocalDate expected, Actor actor) {
        OrderStatus status = order.status();
        if (status != OrderStatus.PENDING && status != OrderStatus.CONFIRMED && status != OrderStatus.DISPATCHED) {
            throw new ConflictException("delivery-not-assignable", "Delivery cannot be assigned",
                    "The order is " + status.value() + "; deliveries are assigned to pending, confirmed or "
                            + "dispatched orders only.",
                    Map.of("currentStatus", status.value()));
        }
        String c = courier.trim();
        String t = trackingNumber.trim();
        if (c.equals(order.courier()) && t.equals(order.deliveryTrackingNumber())
                && Objects.equals(expected, order.expectedDeliveryDate())) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        order.assignDelivery(c, t, expected, now);
        orders.saveAndFlush(order);
        outbox.append(OrderEvents.deliveryAssigned(order, actor, now));
    }

    private void checkDate(String field, LocalDate date) {
        if (date != null && date.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new InvalidRequestException(List.of(new FieldProblem(field, "must be today or later")));
        }
    }
}
