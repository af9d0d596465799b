package io.simadmin.analytics.orders;

/** Orders placed since the start of today and of this month (UTC), by where they came from. */
public record OrderCounts(long today, long todayFromApp, long todayFromResellers, long thisMonth,
                          long thisMonthFromApp, long thisMonthFromResellers) {
}
