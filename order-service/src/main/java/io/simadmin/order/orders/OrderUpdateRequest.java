package io.simadmin.order.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/orders/{id}}: the details people may still edit. Prices, plan and customer never change
 * after placement; the delivery address only until the order is dispatched. {@code notes} left out (or null)
 * clears them. {@code version} (when given) must be the version the client loaded.
 */
public record OrderUpdateRequest(
        @NotBlank @Size(max = 500) String deliveryAddress,
        @Size(max = 2000) String notes,
        @PositiveOrZero Long version) {
}
