package io.simadmin.order.delivery;

import io.simadmin.order.orders.BulkResponse;
import io.simadmin.order.orders.OrderResponse;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.SecurityActors;
import io.simadmin.web.versioning.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Delivery assignment, one order or many; every staff role may assign (moderators handle delivery, ADR 0006). */
@RestController
@Tag(name = "Delivery")
public class DeliveryController {

    private final DeliveryService service;

    public DeliveryController(DeliveryService service) {
        this.service = service;
    }

    @PostMapping({"/api/orders/{id}/assign-delivery", "/api/orders/{id}/assign-delivery/"})
    @AdminsAndModerators
    @Operation(summary = "Assign a courier to an order", description = "Courier or delivery partner, tracking number "
            + "and expected date (today or later). Pending, confirmed and dispatched orders only (409 otherwise); the "
            + "status does not change. Publishes DeliveryAssigned. Stale version → 409, stale If-Match → 412.")
    public ResponseEntity<OrderResponse> assign(@PathVariable UUID id, @Valid @RequestBody DeliveryRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        OrderResponse order = service.assign(id, request, Versions.fromIfMatch(ifMatch, "order"),
                SecurityActors.current());
        return ResponseEntity.ok().eTag(Versions.etag(order.version())).body(order);
    }

    @PostMapping({"/api/orders/bulk/assign-delivery", "/api/orders/bulk/assign-delivery/"})
    @AdminsAndModerators
    @Operation(summary = "Assign couriers to many orders", description = "Up to 200 items (each its own tracking "
            + "number), each applied on its own: the answer lists, per order, ok or error with the status and detail "
            + "the single-order endpoint would give. Never all-or-nothing.")
    public BulkResponse assignAll(@Valid @RequestBody BulkDeliveryRequest request) {
        return service.assignAll(request, SecurityActors.current());
    }
}
