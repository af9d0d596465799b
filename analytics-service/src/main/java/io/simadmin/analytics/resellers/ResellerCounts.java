package io.simadmin.analytics.resellers;

/** Live (not removed) resellers in the read model; {@code total} also counts any status we do not break out. */
public record ResellerCounts(long total, long active, long pending, long suspended) {
}
