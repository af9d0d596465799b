package io.simadmin.order.orders;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * {@code simadmin.pricing.*} (config-repo/order-service.yml; Settings → Pricing). A mutable bean rather than a
 * record on purpose: Spring Cloud rebinds {@code @ConfigurationProperties} beans in place when the configuration is
 * refreshed, so new orders pick up changed fees without a restart. Orders read it through {@link #current()}, one
 * consistent snapshot per order. Defaults apply when the configuration says nothing.
 */
@Validated
@ConfigurationProperties("simadmin.pricing")
public class PricingSettings {

    /** Courier fee of a physical SIM. */
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
    private BigDecimal deliveryFee = new BigDecimal("5.00");

    /** Delivery fee of an eSIM (delivered electronically). */
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
    private BigDecimal esimDeliveryFee = new BigDecimal("0.00");

    /** Handling fee per order. */
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
    private BigDecimal serviceCharge = new BigDecimal("1.00");

    /** Tax in percent of plan price + delivery fee + service charge. */
    @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 4)
    private BigDecimal taxPercent = new BigDecimal("10.00");

    public Pricing current() {
        return new Pricing(deliveryFee, esimDeliveryFee, serviceCharge, taxPercent);
    }

    public BigDecimal getDeliveryFee() { return deliveryFee; }
    public void setDeliveryFee(BigDecimal deliveryFee) { this.deliveryFee = deliveryFee; }
    public BigDecimal getEsimDeliveryFee() { return esimDeliveryFee; }
    public void setEsimDeliveryFee(BigDecimal esimDeliveryFee) { this.esimDeliveryFee = esimDeliveryFee; }
    public BigDecimal getServiceCharge() { return serviceCharge; }
    public void setServiceCharge(BigDecimal serviceCharge) { this.serviceCharge = serviceCharge; }
    public BigDecimal getTaxPercent() { return taxPercent; }
    public void setTaxPercent(BigDecimal taxPercent) { this.taxPercent = taxPercent; }
}
