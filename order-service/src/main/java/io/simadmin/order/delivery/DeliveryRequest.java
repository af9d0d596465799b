package io.simadmin.order.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/orders/{id}/assign-delivery}: the courier or delivery partner, its tracking number and,
 * when known, the promised date (today or later, UTC). Assigning again replaces the assignment.
 */
public record DeliveryRequest(
        @NotBlank @Size(max = 100) String courier,
        @NotBlank @Size(max = 100) String trackingNumber,
        LocalDate expectedDeliveryDate,
        @PositiveOrZero Long version) {
}
