package io.simadmin.order.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Body of {@code POST /api/orders}. Prices are never part of it: they come from the plan and the pricing settings.
 * An {@code app_user} order names {@code userId}; a {@code reseller_client} order names {@code clientId} and
 * {@code resellerId} (partners may leave the reseller out: their own). {@code paymentMethod} defaults to
 * {@code card} for app orders and is always {@code reseller_credit} for reseller orders; {@code paymentToken} (a
 * gateway token such as the sandbox's {@code tok_visa}, never card data) asks payment-service to charge at once.
 */
public record OrderRequest(
        @NotBlank @Pattern(regexp = OrderType.PATTERN, message = OrderType.MESSAGE)
        @Schema(allowableValues = {"app_user", "reseller_client"}) String orderType,
        UUID userId,
        UUID resellerId,
        UUID clientId,
        @NotNull UUID planId,
        @NotBlank @Size(max = 500) String deliveryAddress,
        @Size(max = 2000) String notes,
        @Pattern(regexp = PaymentMethod.PATTERN, message = PaymentMethod.MESSAGE)
        @Schema(allowableValues = {"card", "mobile_money", "bank_transfer", "cash_on_delivery", "reseller_credit"})
        String paymentMethod,
        @Pattern(regexp = "[A-Za-z0-9_.:-]{1,255}", message = "must be a payment gateway token such as tok_visa")
        String paymentToken) {
}
