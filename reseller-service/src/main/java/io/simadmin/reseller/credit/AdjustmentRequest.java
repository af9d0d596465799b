package io.simadmin.reseller.credit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * Body of {@code POST /api/resellers/{id}/ledger/adjustments}: a correction of the balance with the reason people
 * will read later. Positive raises what the reseller owes, negative lowers it (e.g. a payment received); never 0.
 */
public record AdjustmentRequest(
        @NotNull @Digits(integer = 10, fraction = 2)
        @DecimalMin(value = "-9999999999.99") @DecimalMax(value = "9999999999.99") BigDecimal amount,
        @NotBlank @Size(max = 500) String reason) {
}
