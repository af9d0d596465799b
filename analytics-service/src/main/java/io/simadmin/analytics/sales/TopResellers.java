package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The resellers with the highest net revenue in the period, highest first. */
public record TopResellers(
        @Schema(description = "7d, 30d, 90d or 12m as asked (30d by default); null when from/to were given")
        String range,
        LocalDate from,
        @Schema(description = "last UTC day covered, included") LocalDate to,
        List<TopReseller> resellers) {
}
