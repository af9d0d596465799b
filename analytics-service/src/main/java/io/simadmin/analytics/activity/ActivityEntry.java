package io.simadmin.analytics.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the activity feed about to be recorded, built from the event that reported it.
 *
 * @param eventId     the event's {@code ce_id}; one event never makes two lines
 * @param actorType   {@code admin}, {@code reseller}, {@code public_user} or {@code system}
 * @param action      what happened, e.g. {@code reseller.registered}
 * @param description the same in plain words, e.g. "Reseller Acme SIM suspended: unpaid invoices"
 * @param subjectType the kind of record it happened to, e.g. {@code reseller}
 */
public record ActivityEntry(UUID eventId, String actorType, String actorId, String action, String description,
                            String subjectType, String subjectId, String ipAddress, String userAgent,
                            Instant occurredAt) {

    public ActivityEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
