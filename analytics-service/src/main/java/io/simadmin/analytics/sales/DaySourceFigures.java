package io.simadmin.analytics.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code daily_sales}: a UTC day's figures of one source; money gross, refunds apart. */
public record DaySourceFigures(LocalDate day, String source, long ordersPlaced, long ordersCancelled,
                               BigDecimal revenue, BigDecimal refunds) {
}
