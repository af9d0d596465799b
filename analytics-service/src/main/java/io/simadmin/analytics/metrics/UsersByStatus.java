package io.simadmin.analytics.metrics;

/** Public users by status, next to {@code totalUsers}. */
public record UsersByStatus(long active, long blocked, long pendingVerification) {
}
