package io.simadmin.order.orders;

import io.simadmin.events.Actor;
import io.simadmin.order.projections.ResellerRefs;
import io.simadmin.order.projections.UserRefs;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.SecurityActors;
import io.simadmin.security.StaffOrPartnerWithScope;
import io.simadmin.web.idempotency.IdempotencyKeyFilter;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.request.Locations;
import io.simadmin.web.versioning.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The seed's order API, with and without the seed's trailing slash. Staff read every order and partners
 * ({@code orders:read}) their own reseller's; admins and partners ({@code orders:write}) place and edit orders;
 * every staff role changes status (partners only cancel); bulk actions are the back office's (ADR 0006).
 */
@RestController
@Tag(name = "Orders")
public class OrderController {

    // API name → column: the list is plain SQL (OrderQueries). id breaks ties so pages never overlap.
    static final SortableFields SORTABLE = SortableFields.of(
            Sort.by(Sort.Order.desc("created_at"), Sort.Order.desc("id")),
            "createdAt", "created_at", "updatedAt", "updated_at", "orderNumber", "order_number",
            "totalAmount", "total_amount", "status", "status", "paymentStatus", "payment_status");

    private static final String LIST_DESCRIPTION = "Filter by source (app|reseller) or orderType "
            + "(app_user|reseller_client), status, paymentStatus, resellerId, userId, clientId, from (inclusive) and "
            + "to (exclusive; a date such as 2026-01-31 includes that whole day, UTC) on createdAt; q is an order "
            + "number prefix when it starts with ORD-, else a substring of the customer's name or phone. Sort by "
            + "createdAt, updatedAt, orderNumber, totalAmount, status or paymentStatus (field,asc|desc); default "
            + "newest first. Page from 0, size up to 200 (totalElements is exact up to 10,000 matches, an "
            + "estimate above, see page.exactTotal) — or, for deep lists, follow the cursor: pass the response's next as "
            + "after (default order only; such pages carry no totals). Partners see only their own reseller's "
            + "orders.";

    private final OrderService service;
    private final OrderQueries queries;
    private final ResellerRefs resellers;
    private final UserRefs users;

    public OrderController(OrderService service, OrderQueries queries, ResellerRefs resellers, UserRefs users) {
        this.service = service;
        this.queries = queries;
        this.resellers = resellers;
        this.users = users;
    }

    @GetMapping({"/api/orders", "/api/orders/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "List orders", description = LIST_DESCRIPTION)
    public OrderPage list(@RequestParam(required = false) String source,
                          @RequestParam(required = false) String orderType,
                          @RequestParam(required = false) String status,
                          @RequestParam(required = false) String paymentStatus,
                          @RequestParam(required = false) UUID resellerId,
                          @RequestParam(required = false) UUID userId,
                          @RequestParam(required = false) UUID clientId,
                          @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to,
                          @RequestParam(required = false) String q,
                          @Parameter(description = "the next cursor of the previous page") @RequestParam(required = false) String after,
                          @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size,
                          @RequestParam(required = false) List<String> sort) {
        OrderFilter filter = OrderFilter.parse(source, orderType, status, paymentStatus, resellerId, userId, clientId,
                from, to, q);
        return find(filter, after, page, size, sort);
    }

    @GetMapping({"/api/resellers/{resellerId}/orders", "/api/resellers/{resellerId}/orders/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "List one reseller's orders", description = LIST_DESCRIPTION
            + " An unknown reseller (or another partner's) answers 404.")
    public OrderPage listOfReseller(@PathVariable UUID resellerId,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String paymentStatus,
                                    @RequestParam(required = false) UUID clientId,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String after,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @RequestParam(required = false) List<String> sort) {
        if (!OrderAccess.current().mayReachReseller(resellerId) || resellers.find(resellerId).isEmpty()) {
            throw new NotFoundException("reseller", resellerId);
        }
        OrderFilter filter = OrderFilter.parse(null, null, status, paymentStatus, null, null, clientId, from, to, q)
                .withReseller(resellerId);
        return find(filter, after, page, size, sort);
    }

    @GetMapping({"/api/users/{userId}/orders", "/api/users/{userId}/orders/"})
    @AdminsAndModerators
    @Operation(summary = "List one user's orders", description = LIST_DESCRIPTION + " An unknown user answers 404.")
    public OrderPage listOfUser(@PathVariable UUID userId,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String paymentStatus,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String q,
                                @RequestParam(required = false) String after,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) List<String> sort) {
        if (!users.exists(userId)) {
            throw new NotFoundException("user", userId);
        }
        OrderFilter filter = OrderFilter.parse(null, null, status, paymentStatus, null, null, null, from, to, q)
                .withUser(userId);
        return find(filter, after, page, size, sort);
    }

    @GetMapping({"/api/orders/{id}", "/api/orders/{id}/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "Get an order")
    public ResponseEntity<OrderResponse> get(@PathVariable UUID id) {
        return withETag(ResponseEntity.ok(), service.get(id, OrderAccess.current()));
    }

    @GetMapping({"/api/orders/{id}/history", "/api/orders/{id}/history/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "An order's status history", description = "Oldest first: placed (fromStatus null), then "
            + "each move with who made it (admin, reseller or system for the saga), when and why.")
    public List<HistoryEntry> history(@PathVariable UUID id) {
        return service.history(id, OrderAccess.current());
    }

    @PostMapping({"/api/orders", "/api/orders/"})
    @OrderWriters
    @Operation(summary = "Place an order", description = "Prices come from the plan, delivery fee, service charge "
            + "and tax from the pricing settings; each part is stored on the order. The order starts pending; "
            + "OrderPlaced starts the saga (reseller credit for reseller_client orders, payment for app_user orders). "
            + "An unknown or inactive plan, an unknown or blocked user, an unknown or inactive reseller, or a client "
            + "that is not the reseller's active client answer 422 and store nothing. Partners place reseller_client "
            + "orders for their own reseller only.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = IdempotencyKeyFilter.HEADER, required = false,
                    description = "Retry-safe placement: the same key and body return the first answer "
                            + "(Idempotent-Replayed: true); the same key with another body answers 422.",
                    schema = @Schema(type = "string", maxLength = 255)))
    public ResponseEntity<OrderResponse> place(@Valid @RequestBody OrderRequest request) {
        OrderResponse placed = service.place(request, OrderAccess.current(), actor());
        return withETag(ResponseEntity.created(Locations.of("/api/orders/{id}", placed.id())), placed);
    }

    @PutMapping({"/api/orders/{id}", "/api/orders/{id}/"})
    @OrderWriters
    @Operation(summary = "Edit an order's delivery address and notes", description = "The delivery address only "
            + "while the order is pending or confirmed (409 after); prices, plan and customer never change. Stale "
            + "version → 409, stale If-Match → 412.")
    public ResponseEntity<OrderResponse> update(@PathVariable UUID id, @Valid @RequestBody OrderUpdateRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.update(id, request, Versions.fromIfMatch(ifMatch, "order"),
                OrderAccess.current(), actor()));
    }

    @PatchMapping({"/api/orders/{id}/status", "/api/orders/{id}/status/"})
    @StatusChangers
    @Operation(summary = "Move an order along its workflow", description = "pending → confirmed → dispatched → "
            + "delivered → activated, or cancelled from pending, confirmed or dispatched; anything else answers 409 "
            + "with currentStatus and allowedStatuses. delivered sets deliveredAt, activated activatedAt, cancelled "
            + "cancelledReason (the reason). Partners may only cancel.")
    public ResponseEntity<OrderResponse> changeStatus(@PathVariable UUID id,
                                                      @Valid @RequestBody StatusChangeRequest request,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.changeStatus(id, request, Versions.fromIfMatch(ifMatch, "order"),
                OrderAccess.current(), actor()));
    }

    @PostMapping({"/api/orders/bulk/status", "/api/orders/bulk/status/"})
    @AdminsAndModerators
    @Operation(summary = "Move many orders to one status", description = "Up to 200 ids, each moved on its own: "
            + "the answer lists, per id, ok (with the new status and version) or error with the status and detail "
            + "the single-order endpoint would give (404, 409 with the allowed moves). Never all-or-nothing.")
    public BulkResponse changeStatuses(@Valid @RequestBody BulkStatusRequest request) {
        return service.changeStatuses(request, actor());
    }

    private OrderPage find(OrderFilter filter, String after, Integer page, Integer size, List<String> sort) {
        OrderCursor cursor = OrderCursor.parse(after);
        boolean defaultOrder = sort == null || sort.isEmpty();
        if (cursor != null && (!defaultOrder || page != null)) {
            throw new InvalidRequestException(OrderCursor.PARAMETER, "follows the default order only; leave out sort "
                    + "and page");
        }
        Pageable pageable = PageRequests.of(page, size, sort, SORTABLE);
        return queries.find(filter, OrderAccess.current(), pageable, defaultOrder, cursor);
    }

    /** The admin by id, or the partner as its reseller. */
    private static Actor actor() {
        return SecurityActors.current();
    }

    private static ResponseEntity<OrderResponse> withETag(ResponseEntity.BodyBuilder builder, OrderResponse body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }
}
