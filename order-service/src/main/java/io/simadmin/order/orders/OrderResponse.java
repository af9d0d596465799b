package io.simadmin.order.orders;

import io.simadmin.order.plans.SimType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it. Money is a decimal string in {@code currency}; {@code totalAmount} = planPrice +
 * deliveryFee + taxAmount + serviceCharge. {@code allowedStatuses} are the moves the workflow allows from here.
 * {@code version} goes back in PUT/PATCH (or as If-Match) to guard against lost updates.
 */
public record OrderResponse(UUID id, String orderNumber, OrderType orderType,
                            @Schema(allowableValues = {"app", "reseller"}) String source, UUID userId,
                            UUID resellerId, UUID clientId, String customerName, String customerPhone, UUID planId,
                            SimType simType, String networkProvider, String planName,
                            @Schema(type = "string", example = "20.00") BigDecimal planPrice, String currency,
                            String deliveryAddress,
                            @Schema(type = "string", example = "5.00") BigDecimal deliveryFee,
                            @Schema(type = "string", example = "2.60") BigDecimal taxAmount,
                            @Schema(type = "string", example = "1.00") BigDecimal serviceCharge,
                            @Schema(type = "string", example = "28.60") BigDecimal totalAmount,
                            PaymentMethod paymentMethod, OrderStatus status, PaymentStatus paymentStatus,
                            List<String> allowedStatuses, String deliveryTrackingNumber, String courier,
                            LocalDate expectedDeliveryDate, String notes, String cancelledReason, String createdBy,
                            Instant createdAt, Instant updatedAt, Instant deliveredAt, Instant activatedAt,
                            long version) {

    public static OrderResponse of(SimOrder o) {
        return new OrderResponse(o.id(), o.orderNumber(), o.orderType(), o.orderType().source(), o.userId(),
                o.resellerId(), o.clientId(), o.customerName(), o.customerPhone(), o.planId(), o.simType(),
                o.networkProvider(), o.planName(), o.planPrice(), o.currency(), o.deliveryAddress(), o.deliveryFee(),
                o.taxAmount(), o.serviceCharge(), o.totalAmount(), o.paymentMethod(), o.status(), o.paymentStatus(),
                o.status().allowedValues(), o.deliveryTrackingNumber(), o.courier(), o.expectedDeliveryDate(),
                o.notes(), o.cancelledReason(), o.createdBy(), o.createdAt(), o.updatedAt(), o.deliveredAt(),
                o.activatedAt(), o.version());
    }
}
