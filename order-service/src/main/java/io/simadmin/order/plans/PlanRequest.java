package io.simadmin.order.plans;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * Body of {@code POST /api/plans} and {@code PUT /api/plans/{id}}. {@code currency} defaults to USD and
 * {@code active} to true. On PUT, {@code version} (when given) must be the version the client loaded.
 */
public record PlanRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 50) String networkProvider,
        @NotBlank @Pattern(regexp = SimType.PATTERN, message = SimType.MESSAGE)
        @Schema(allowableValues = {"physical", "esim"}) String simType,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        @Schema(type = "string", example = "19.99") BigDecimal price,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter ISO 4217 code such as USD") String currency,
        Boolean active,
        @Size(max = 1000) String description,
        @PositiveOrZero Long version) {
}
