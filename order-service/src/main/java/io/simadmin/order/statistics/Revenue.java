package io.simadmin.order.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * Money of the orders of a window in one currency.
 *
 * @param booked totals of the orders that were not cancelled
 * @param paid   totals of the orders whose payment status is paid (captured by payment-service, or covered by the
 *               reseller's credit)
 */
public record Revenue(String currency, @Schema(type = "string", example = "1234.50") BigDecimal booked,
                      @Schema(type = "string", example = "1100.00") BigDecimal paid) {
}
