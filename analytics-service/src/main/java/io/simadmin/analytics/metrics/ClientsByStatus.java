package io.simadmin.analytics.metrics;

/** Reseller clients by status, next to {@code totalClients}. */
public record ClientsByStatus(long active, long inactive, long suspended) {
}
