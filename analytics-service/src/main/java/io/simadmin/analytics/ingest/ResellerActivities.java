package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityEntry;
import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns a reseller event into a line of the activity feed, in the words an admin would use. */
final class ResellerActivities {

    static final String SUBJECT_TYPE = "reseller";

    private ResellerActivities() {
    }

    /** @return empty for an event on the reseller topic that the feed does not show */
    static Optional<ActivityEntry> entryFor(EventEnvelope event) {
        return switch (event.payload()) {
            case ResellerRegistered e -> Optional.of(entry(event, e.actor(), e.resellerId(), describe(e)));
            case ResellerUpdated e -> Optional.of(entry(event, e.actor(), e.resellerId(), describe(e)));
            case ResellerStatusChanged e -> Optional.of(entry(event, e.actor(), e.resellerId(), describe(e)));
            case ResellerRemoved e -> Optional.of(entry(event, e.actor(), e.resellerId(), describe(e)));
            default -> Optional.empty();
        };
    }

    static String describe(ResellerRegistered event) {
        return reseller(event.reseller().businessName(), event.resellerId()) + " registered";
    }

    static String describe(ResellerUpdated event) {
        String subject = reseller(event.reseller().businessName(), event.resellerId()) + " updated";
        if (event.changedFields().isEmpty()) {
            return subject;
        }
        return subject + ": " + event.changedFields().stream().map(ResellerActivities::words)
                .collect(Collectors.joining(", "));
    }

    static String describe(ResellerStatusChanged event) {
        String subject = reseller(event.businessName(), event.resellerId());
        String status = lower(event.status());
        String previous = lower(event.previousStatus());
        String what = switch (status) {
            case "active" -> "suspended".equals(previous) ? "reactivated" : "activated";
            case "suspended" -> "suspended";
            case "pending" -> "set to pending";
            default -> "status changed" + (previous.isEmpty() ? "" : " from " + previous) + " to " + status;
        };
        String reason = event.reason() == null ? "" : event.reason().strip();
        return subject + " " + what + (reason.isEmpty() ? "" : ": " + reason);
    }

    static String describe(ResellerRemoved event) {
        return reseller(event.businessName(), event.resellerId()) + " deleted";
    }

    static String action(String eventType) {
        return Activities.action(eventType);
    }

    private static ActivityEntry entry(EventEnvelope event, Actor actor, UUID resellerId, String description) {
        return Activities.entry(event, actor, SUBJECT_TYPE, resellerId, description);
    }

    static Instant occurredAt(EventEnvelope event) {
        return Activities.occurredAt(event);
    }

    private static String reseller(String businessName, UUID id) {
        return "Reseller " + (businessName == null || businessName.isBlank() ? id : businessName.strip());
    }

    static String words(String fieldName) {
        return Activities.words(fieldName);
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
