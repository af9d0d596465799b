package io.simadmin.analytics.clients;

/** Reseller clients by status; {@code total} also counts any status not broken out. */
public record ClientCounts(long total, long active, long inactive, long suspended) {
}
