package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The sales trend chart: every bucket of the period, oldest first, with zeros where nothing happened. */
public record SalesTrend(
        @Schema(description = "7d, 30d, 90d or 12m as asked (30d by default); null when from/to were given")
        String range,
        @Schema(description = "day or month") String granularity,
        @Schema(description = "first UTC day covered") LocalDate from,
        @Schema(description = "last UTC day covered, included") LocalDate to,
        List<SalesBucket> buckets,
        SalesTotals totals) {
}
