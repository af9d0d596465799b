package io.simadmin.order.orders;

import io.simadmin.order.plans.SimType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTest {

    private final Pricing pricing = new Pricing(new BigDecimal("5.00"), new BigDecimal("0.00"),
            new BigDecimal("1.00"), new BigDecimal("10.00"));

    @Test
    void taxes_plan_delivery_and_service_and_adds_the_parts_up_to_the_total() {
        Pricing.Quote quote = pricing.quote(new BigDecimal("20.00"), SimType.PHYSICAL);

        assertThat(quote.planPrice()).isEqualByComparingTo("20.00");
        assertThat(quote.deliveryFee()).isEqualByComparingTo("5.00");
        assertThat(quote.serviceCharge()).isEqualByComparingTo("1.00");
        assertThat(quote.taxAmount()).isEqualByComparingTo("2.60");
        assertThat(quote.totalAmount()).isEqualByComparingTo("28.60");
    }

    @Test
    void rounds_the_tax_half_up_to_the_cent_and_charges_no_delivery_for_an_esim() {
        Pricing odd = new Pricing(new BigDecimal("5.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("7.5"));
        Pricing.Quote quote = odd.quote(new BigDecimal("9.99"), SimType.ESIM);

        // 9.99 × 7.5 % = 0.74925 → 0.75
        assertThat(quote.deliveryFee()).isEqualByComparingTo("0.00");
        assertThat(quote.taxAmount()).isEqualTo(new BigDecimal("0.75"));
        assertThat(quote.totalAmount()).isEqualTo(new BigDecimal("10.74"));
        assertThat(quote.planPrice().add(quote.deliveryFee()).add(quote.taxAmount()).add(quote.serviceCharge()))
                .isEqualTo(quote.totalAmount());
    }
}
