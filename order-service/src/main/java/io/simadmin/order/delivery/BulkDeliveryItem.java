package io.simadmin.order.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** One order of a bulk delivery assignment: every parcel has its own tracking number. */
public record BulkDeliveryItem(
        @NotNull UUID orderId,
        @NotBlank @Size(max = 100) String courier,
        @NotBlank @Size(max = 100) String trackingNumber,
        LocalDate expectedDeliveryDate) {
}
