package io.simadmin.payment.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Body of {@code POST /api/payments/process}: charge an app order's pending payment. The amount is the order's
 * total as payment-service learnt it from OrderPlaced, never a number from the request.
 *
 * @param token   the gateway's reference of the buyer's instrument (sandbox: tok_visa …; Stripe: pm_…), never card data
 * @param gateway which gateway; absent = the default one
 */
public record ProcessPaymentRequest(
        @NotNull UUID orderId,
        @NotBlank @Pattern(regexp = "card|mobile_money", message = "must be card or mobile_money")
        String paymentMethod,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "must be a gateway token")
        String token,
        @Schema(nullable = true, example = "sandbox") @Size(max = 40) String gateway) {
}
