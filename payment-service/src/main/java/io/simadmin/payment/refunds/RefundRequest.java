package io.simadmin.payment.refunds;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * Body of {@code POST /api/transactions/{id}/refund}.
 *
 * @param amount what to give back; absent means everything that remains refundable
 * @param reason why (kept on the refund and shown in the activity feed)
 */
public record RefundRequest(
        @Schema(description = "decimal string with at most 2 decimals; absent = the whole remaining amount",
                example = "10.00", nullable = true)
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
        BigDecimal amount,
        @NotBlank @Size(max = 500) String reason) {
}
