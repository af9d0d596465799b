package io.simadmin.order.orders;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.order.plans.PlanOffer;
import io.simadmin.order.plans.PlanCatalog;
import io.simadmin.order.projections.ClientRef;
import io.simadmin.order.projections.ClientRefs;
import io.simadmin.order.projections.ResellerRef;
import io.simadmin.order.projections.ResellerRefs;
import io.simadmin.order.projections.UserRef;
import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders' use cases. Every change, its history row and its event commit together (the outbox), or none does; a
 * rejected request stores nothing and publishes nothing.
 */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final OrderNumbers numbers;
    private final OrderWorkflow workflow;
    private final StatusHistory history;
    private final PlanCatalog plans;
    private final PlacementReads reads;
    private final ResellerRefs resellers;
    private final ClientRefs clients;
    private final PricingSettings pricing;
    private final Outbox outbox;
    private final BulkRunner bulk;
    private final MeterRegistry meters;
    private final Clock clock;

    OrderService(OrderRepository orders, OrderNumbers numbers, OrderWorkflow workflow, StatusHistory history,
                 PlanCatalog plans, PlacementReads reads, ResellerRefs resellers, ClientRefs clients,
                 PricingSettings pricing, Outbox outbox, BulkRunner bulk, MeterRegistry meters, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.workflow = workflow;
        this.history = history;
        this.plans = plans;
        this.reads = reads;
        this.resellers = resellers;
        this.clients = clients;
        this.pricing = pricing;
        this.outbox = outbox;
        this.bulk = bulk;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Places an order: one transaction of the order insert, its first history row and {@code OrderPlaced}, after
     * primary-key lookups of the plan and of the user (together, in one round trip) or the reseller and client in the
     * projections.
     */
    @Transactional
    public OrderResponse place(OrderRequest request, OrderAccess access, Actor actor) {
        OrderType type = OrderType.fromValue(request.orderType()).orElseThrow();
        PaymentMethod method = paymentMethod(request, type);
        if (access.isPartner() && type != OrderType.RESELLER_CLIENT) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Partners place orders for their own clients: orderType must be reseller_client.");
        }
        checkParties(request, type, access);
        PlanOffer plan;
        OrderParty party;
        if (type == OrderType.APP_USER) {
            PlacementReads.PlanAndUser read = reads.planAndUser(request.planId(), request.userId());
            plan = orderable(read.plan(), request.planId());
            party = appUser(read.user(), request.userId());
        } else {
            plan = orderable(plans.find(request.planId()), request.planId());
            party = resellerClient(request.resellerId() != null ? request.resellerId() : access.ownReseller(),
                    request.clientId(), access);
        }
        Pricing.Quote quote = pricing.current().quote(plan.price(), plan.simType());
        Instant now = now();
        SimOrder order = new SimOrder(UuidV7.next(), numbers.next(now), party, plan, quote,
                request.deliveryAddress().trim(), blankToNull(request.notes()), method, actor.id(), now);
        orders.saveAndFlush(order);
        history.record(order.id(), null, OrderStatus.PENDING, actor, "Order placed", now);
        outbox.append(OrderEvents.placed(order, request.paymentToken(), actor, now));
        meters.counter("simadmin.orders.placed", "source", type.source()).increment();
        return OrderResponse.of(order);
    }

    @Transactional(readOnly = true)
    public OrderResponse get(UUID id, OrderAccess access) {
        return OrderResponse.of(load(id, access));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id, OrderAccess access) {
        load(id, access);
        return history.of(id);
    }

    /** Edits the delivery address (until dispatch) and the notes; prices and parties never change. */
    @Transactional
    public OrderResponse update(UUID id, OrderUpdateRequest request, Long ifMatch, OrderAccess access, Actor actor) {
        SimOrder order = load(id, access);
        Versions.check("order", order.version(), ifMatch, request.version());
        String address = request.deliveryAddress().trim();
        String notes = blankToNull(request.notes());
        List<String> changed = new ArrayList<>();
        if (!address.equals(order.deliveryAddress())) {
            if (!addressEditable(order.status())) {
                throw new ConflictException("order-dispatched", "Delivery address is fixed",
                        "The order is " + order.status().value() + "; its delivery address can no longer change.",
                        Map.of("errors", List.of(new FieldProblem("deliveryAddress",
                                "can change only while the order is pending or confirmed"))));
            }
            changed.add("deliveryAddress");
        }
        if (!Objects.equals(notes, order.notes())) {
            changed.add("notes");
        }
        if (changed.isEmpty()) {
            return OrderResponse.of(order);
        }
        Instant now = now();
        order.editDetails(address, notes, now);
        orders.saveAndFlush(order);
        outbox.append(OrderEvents.updated(order, changed, actor, now));
        return OrderResponse.of(order);
    }

    /**
     * Moves an order along the workflow (409 with the allowed moves otherwise). Partners may only cancel their own
     * reseller's orders; the rest of the workflow is the back office's.
     */
    @Transactional
    public OrderResponse changeStatus(UUID id, StatusChangeRequest request, Long ifMatch, OrderAccess access,
                                      Actor actor) {
        SimOrder order = load(id, access);
        Versions.check("order", order.version(), ifMatch, request.version());
        OrderStatus next = OrderStatus.fromValue(request.status()).orElseThrow();
        if (access.isPartner() && next != OrderStatus.CANCELLED) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Partners may cancel their orders; every other status change is made by the back office.");
        }
        workflow.move(order, next, blankToNull(request.reason()), actor, now());
        return OrderResponse.of(order);
    }

    /** Moves each order on its own (staff only): one refusal never undoes the others. */
    public BulkResponse changeStatuses(BulkStatusRequest request, Actor actor) {
        OrderStatus next = OrderStatus.fromValue(request.status()).orElseThrow();
        String reason = blankToNull(request.reason());
        return bulk.run(List.copyOf(new LinkedHashSet<>(request.ids())), order -> {
            workflow.move(order, next, reason, actor, now());
            return order;
        });
    }

    SimOrder load(UUID id, OrderAccess access) {
        return orders.findById(id).filter(access::mayReach).orElseThrow(() -> new NotFoundException("order", id));
    }

    private static boolean addressEditable(OrderStatus status) {
        return status == OrderStatus.PENDING || status == OrderStatus.CONFIRMED;
    }

    /** Which ids an order type takes; these are mistakes in the request (400), not facts about the world (422). */
    private static void checkParties(OrderRequest r, OrderType type, OrderAccess access) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == OrderType.APP_USER) {
            if (r.userId() == null) {
                problems.add(new FieldProblem("userId", "must not be null for an app_user order"));
            }
            if (r.resellerId() != null) {
                problems.add(new FieldProblem("resellerId", "must be null for an app_user order"));
            }
            if (r.clientId() != null) {
                problems.add(new FieldProblem("clientId", "must be null for an app_user order"));
            }
        } else {
            if (r.userId() != null) {
                problems.add(new FieldProblem("userId", "must be null for a reseller_client order"));
            }
            if (r.resellerId() == null && !access.isPartner()) {
                problems.add(new FieldProblem("resellerId", "must not be null for a reseller_client order"));
            }
            if (r.clientId() == null) {
                problems.add(new FieldProblem("clientId", "must not be null for a reseller_client order"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static PaymentMethod paymentMethod(OrderRequest r, OrderType type) {
        PaymentMethod method = r.paymentMethod() == null ? null : PaymentMethod.fromValue(r.paymentMethod()).orElseThrow();
        if (type == OrderType.RESELLER_CLIENT) {
            if (method != null && method != PaymentMethod.RESELLER_CREDIT) {
                throw new InvalidRequestException("paymentMethod", "must be reseller_credit (or left out) for a "
                        + "reseller_client order");
            }
            if (r.paymentToken() != null) {
                throw new InvalidRequestException("paymentToken", "must be null for a reseller_client order: it is "
                        + "paid on the reseller's credit");
            }
            return PaymentMethod.RESELLER_CREDIT;
        }
        if (method == PaymentMethod.RESELLER_CREDIT) {
            throw new InvalidRequestException("paymentMethod", "reseller_credit is for reseller_client orders only");
        }
        PaymentMethod chosen = method == null ? PaymentMethod.CARD : method;
        if (r.paymentToken() != null && !chosen.takesToken()) {
            throw new InvalidRequestException("paymentToken", "is taken only with card or mobile_money");
        }
        return chosen;
    }

    private static PlanOffer orderable(Optional<PlanOffer> found, UUID planId) {
        PlanOffer plan = found.orElseThrow(() -> new OrderRejectedException("planId", "is not a known plan",
                "No plan has the id " + planId + "."));
        if (!plan.active()) {
            throw new OrderRejectedException("planId", "is an inactive plan", "The plan " + plan.name()
                    + " is inactive and cannot be ordered.");
        }
        return plan;
    }

    private static OrderParty appUser(Optional<UserRef> found, UUID userId) {
        UserRef user = found.orElseThrow(() -> new OrderRejectedException("userId",
                "is not a known user", "No user has the id " + userId + "."));
        if (user.blocked()) {
            throw new OrderRejectedException("userId", "is blocked", "The user is blocked and may place no orders.");
        }
        return new OrderParty(OrderType.APP_USER, user.id(), null, null, user.fullName(), user.phone());
    }

    /** A partner naming another reseller learns nothing about it: the answer is the same as for an unknown id. */
    private OrderParty resellerClient(UUID resellerId, UUID clientId, OrderAccess access) {
        ResellerRef reseller = resellers.find(resellerId).filter(r -> access.mayReachReseller(r.id()))
                .filter(r -> !r.deleted())
                .orElseThrow(() -> new OrderRejectedException("resellerId", "is not a known reseller",
                        "No reseller has the id " + resellerId + "."));
        if (!reseller.mayOrder()) {
            throw new OrderRejectedException("resellerId", "is not active", "The reseller is " + reseller.status()
                    + "; only active resellers may order.");
        }
        ClientRef client = clients.find(clientId).filter(c -> c.resellerId().equals(reseller.id()))
                .orElseThrow(() -> new OrderRejectedException("clientId", "is not a client of the reseller",
                        "The reseller has no client with the id " + clientId + "."));
        if (!client.active()) {
            throw new OrderRejectedException("clientId", "is not active", "The client is " + client.status()
                    + "; only active clients may order.");
        }
        return new OrderParty(OrderType.RESELLER_CLIENT, null, reseller.id(), client.id(), client.clientName(),
                client.clientPhone());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps the response equal to what a later read returns.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
