package io.simadmin.order.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/orders/bulk/assign-delivery}: up to 200 assignments, each applied on its own. */
public record BulkDeliveryRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid BulkDeliveryItem> items) {
}
