package io.simadmin.reseller.resellers;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ResellerEventsTest {

    private final ResellerDetails before = new ResellerDetails("Acme", "Ada", "ada@acme.test", "+441234567",
            "1 Road", "London", "", "GB", new BigDecimal("100.00"), new BigDecimal("5.00"));

    @Test
    void lists_only_the_fields_that_changed_in_api_names() {
        ResellerDetails after = new ResellerDetails("Acme Ltd", "Ada", "ada@acme.test", "+441234567",
                "1 Road", "Leeds", "", "GB", new BigDecimal("100.00"), new BigDecimal("6.00"));

        assertThat(ResellerEvents.changedFields(before, after)).containsExactly("businessName", "city", "commissionRate");
    }

    @Test
    void treats_equal_amounts_of_different_scale_as_unchanged() {
        ResellerDetails after = new ResellerDetails("Acme", "Ada", "ada@acme.test", "+441234567",
                "1 Road", "London", "", "GB", new BigDecimal("100"), new BigDecimal("5.0"));

        assertThat(ResellerEvents.changedFields(before, after)).isEmpty();
    }
}
