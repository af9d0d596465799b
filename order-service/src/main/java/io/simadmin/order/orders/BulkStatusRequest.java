package io.simadmin.order.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/orders/bulk/status}: up to 200 orders moved to one status, each on its own. */
public record BulkStatusRequest(
        @NotEmpty @Size(max = 200) List<@NotNull UUID> ids,
        @NotBlank @Pattern(regexp = OrderStatus.PATTERN, message = OrderStatus.MESSAGE)
        @Schema(allowableValues = {"confirmed", "dispatched", "delivered", "activated", "cancelled"}) String status,
        @Size(max = 500) String reason) {
}
