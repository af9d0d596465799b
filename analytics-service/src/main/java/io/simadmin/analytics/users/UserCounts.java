package io.simadmin.analytics.users;

/** Users in the read model by status; {@code total} also counts any status not broken out. */
public record UserCounts(long total, long active, long blocked, long pendingVerification) {
}
