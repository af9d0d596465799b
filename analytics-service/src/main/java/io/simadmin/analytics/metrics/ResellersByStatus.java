package io.simadmin.analytics.metrics;

/** Live resellers by status, for the dashboard's breakdown next to the total. */
public record ResellersByStatus(long active, long pending, long suspended) {
}
