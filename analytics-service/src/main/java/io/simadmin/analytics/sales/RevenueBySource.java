package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** Net revenue (what was paid minus what went back) of app orders and of reseller orders. */
public record RevenueBySource(
        @Schema(type = "string", example = "120.00") BigDecimal app,
        @Schema(type = "string", example = "300.00") BigDecimal reseller) {

    public BigDecimal total() {
        return app.add(reseller);
    }
}
