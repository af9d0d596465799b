package io.simadmin.analytics.activity;

import java.time.Instant;

/**
 * Filters of the activity list; a {@code null} filter matches everything.
 *
 * @param subjectType what the activities are about, e.g. {@code reseller}
 * @param subjectId   which one of those, e.g. a reseller id
 * @param from inclusive lower bound of the activity time
 * @param to   exclusive upper bound of the activity time
 */
public record ActivityFilter(String userType, String action, String subjectType, String subjectId, Instant from,
                             Instant to) {
}
