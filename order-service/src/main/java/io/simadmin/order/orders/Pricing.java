package io.simadmin.order.orders;

import io.simadmin.order.plans.SimType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The pricing settings at one moment; turns a plan price into the parts an order stores. */
public record Pricing(BigDecimal deliveryFee, BigDecimal esimDeliveryFee, BigDecimal serviceCharge,
                      BigDecimal taxPercent) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * Tax is {@code taxPercent} of plan price + delivery fee + service charge, rounded half-up to the cent; the total
     * is the sum of the four parts, so the parts on an order always add up to its total.
     */
    public Quote quote(BigDecimal planPrice, SimType simType) {
        BigDecimal price = cents(planPrice);
        BigDecimal delivery = cents(simType == SimType.ESIM ? esimDeliveryFee : deliveryFee);
        BigDecimal service = cents(serviceCharge);
        BigDecimal tax = price.add(delivery).add(service).multiply(taxPercent)
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Quote(price, delivery, tax, service, price.add(delivery).add(tax).add(service));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** What one order costs, part by part, at scale 2. */
    public record Quote(BigDecimal planPrice, BigDecimal deliveryFee, BigDecimal taxAmount, BigDecimal serviceCharge,
                        BigDecimal totalAmount) {
    }
}
