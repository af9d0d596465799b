package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** One slice of revenue by source. */
public record SourceRevenue(
        @Schema(description = "app or reseller") String source,
        @Schema(type = "string", example = "800.00", description = "net revenue of the source") BigDecimal revenue,
        @Schema(type = "string", example = "64.5",
                description = "percent of the total, one decimal; null when the total is not above zero")
        BigDecimal share) {
}
