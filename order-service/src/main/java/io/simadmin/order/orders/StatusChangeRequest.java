package io.simadmin.order.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /api/orders/{id}/status}. The reason goes into the status history and the activity feed; for
 * a cancellation it becomes the order's {@code cancelledReason}.
 */
public record StatusChangeRequest(
        @NotBlank @Pattern(regexp = OrderStatus.PATTERN, message = OrderStatus.MESSAGE)
        @Schema(allowableValues = {"confirmed", "dispatched", "delivered", "activated", "cancelled"}) String status,
        @Size(max = 500) String reason,
        @PositiveOrZero Long version) {
}
