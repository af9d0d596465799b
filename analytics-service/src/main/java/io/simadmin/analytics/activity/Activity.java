package io.simadmin.analytics.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * The seed's ActivityLog as the API shows it, plus what the activity was about and the event that reported it.
 * {@code id} is this read model's own number (a rebuild renumbers); {@code eventId} is stable.
 */
public record Activity(long id, String userType, String userId, String action, String description,
                       String ipAddress, String userAgent, Instant createdAt, String subjectType, String subjectId,
                       UUID eventId) {
}
