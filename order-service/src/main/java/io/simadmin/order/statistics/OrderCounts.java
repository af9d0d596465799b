package io.simadmin.order.statistics;

import java.util.List;
import java.util.Map;

/**
 * Orders placed in one window, counted every way the dashboard shows them. Every status, source and payment status
 * appears, with 0 when no order has it.
 *
 * @param bySource {@code app} and {@code reseller}
 * @param revenue  per currency (plans may be priced in several)
 */
public record OrderCounts(long total, Map<String, Long> byStatus, Map<String, Long> bySource,
                          Map<String, Long> byPaymentStatus, List<Revenue> revenue) {
}
